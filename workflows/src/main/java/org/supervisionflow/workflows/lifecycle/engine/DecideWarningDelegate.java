package org.supervisionflow.workflows.lifecycle.engine;

import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_CAMPAIGN_KIND;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_DEADLINE_KIND;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_ESCALATION_TARGET;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_FINDING_SEVERITY;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_RED_AFTER;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_STEP_WORKING_DAYS;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_WARNINGS_SO_FAR;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_WARNING_LEVEL;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_WORKING_DAYS_OVERDUE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_YELLOW_AFTER;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.WARNING_DECISION_KEY;

import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DecideWarning}: asks the warning table ({@value ProcessConstants#WARNING_DECISION_KEY}) whether the
 * working days overdue earn a warning now, and sets {@code warningLevel} and {@code escalationTarget} (both null when
 * no rule matches). A delegate rather than a plain business rule task so that the table's two outputs become two
 * plain string variables instead of one serialized map.
 */
@Component(ProcessConstants.DELEGATE_DECIDE_WARNING)
class DecideWarningDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_WORKING_DAYS_OVERDUE, execution.getVariable(VAR_STEP_WORKING_DAYS));
        VariableMap inputs = Variables.createVariables();
        Stream.of(VAR_WORKING_DAYS_OVERDUE, VAR_WARNINGS_SO_FAR, VAR_CAMPAIGN_KIND, VAR_FINDING_SEVERITY,
                VAR_DEADLINE_KIND, VAR_YELLOW_AFTER, VAR_RED_AFTER).forEach(name -> inputs.putValue(name, execution.getVariable(name)));
        DmnDecisionResult result = execution.getProcessEngineServices().getDecisionService()
                .evaluateDecisionByKey(WARNING_DECISION_KEY)
                .variables(inputs)
                .evaluate();
        DmnDecisionResultEntries decided = result.getFirstResult();
        execution.setVariable(VAR_WARNING_LEVEL, decided == null ? null : decided.getEntry(VAR_WARNING_LEVEL));
        execution.setVariable(VAR_ESCALATION_TARGET, decided == null ? null : decided.getEntry(VAR_ESCALATION_TARGET));
    }
}
