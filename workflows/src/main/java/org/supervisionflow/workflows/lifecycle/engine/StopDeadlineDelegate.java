package org.supervisionflow.workflows.lifecycle.engine;

import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_DEADLINE_MET;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_DEADLINE_KIND;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_FINDING_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.DeadlineKind;

/**
 * Stops the watch of the deadline its task names in {@code deadlineKind} (a rectification's: of its own finding),
 * or every watch of the assignment when the task names none. No watch running (a resubmission after a return)
 * is fine: there is nothing to stop.
 */
@Component(ProcessConstants.DELEGATE_STOP_DEADLINE)
class StopDeadlineDelegate implements JavaDelegate {

    private final ProcessVariables variables;

    StopDeadlineDelegate(ProcessVariables variables) {
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MessageCorrelationBuilder met = execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(MESSAGE_DEADLINE_MET)
                .processInstanceBusinessKey(execution.getProcessBusinessKey());
        String kind = variables.optionalLocal(execution, VAR_DEADLINE_KIND);
        if (kind != null) {
            met.processInstanceVariableEquals(VAR_DEADLINE_KIND, kind);
        }
        if (DeadlineKind.RECTIFICATION.name().equals(kind)) {
            met.processInstanceVariableEquals(VAR_FINDING_ID, variables.findingId(execution).toString());
        }
        met.correlateAll();
    }
}
