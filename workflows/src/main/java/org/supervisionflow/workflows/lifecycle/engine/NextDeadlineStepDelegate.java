package org.supervisionflow.workflows.lifecycle.engine;

import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_STEP_AT;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_STEP_KIND;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_STEP_WORKING_DAYS;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Takes the next planned step off the watch's list for its timer, or says {@code NONE} when none is left. */
@Component(ProcessConstants.DELEGATE_NEXT_DEADLINE_STEP)
class NextDeadlineStepDelegate implements JavaDelegate {

    static final String NONE = "NONE";

    private final ProcessVariables variables;

    NextDeadlineStepDelegate(ProcessVariables variables) {
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<DeadlineStep> steps = variables.deadlineSteps(execution);
        if (steps.isEmpty()) {
            execution.setVariable(VAR_STEP_KIND, NONE);
            execution.setVariable(VAR_STEP_AT, null);
            return;
        }
        DeadlineStep next = steps.getFirst();
        execution.setVariable(VAR_STEP_KIND, next.kind().name());
        execution.setVariable(VAR_STEP_AT, next.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        execution.setVariable(VAR_STEP_WORKING_DAYS, next.workingDays());
        variables.deadlineSteps(execution, steps.subList(1, steps.size()));
    }
}
