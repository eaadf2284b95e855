package org.supervisionflow.workflows.lifecycle.engine;

import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_RED_AFTER;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_WARNINGS_SO_FAR;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_YELLOW_AFTER;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Plans a watch's steps from its (possibly just moved) due date: the timers' dates are computed here, with the
 * working-day calendar, because a BPMN timer takes only a date. A new date starts the warnings over.
 */
@Component(ProcessConstants.DELEGATE_PLAN_DEADLINE)
class PlanDeadlineDelegate implements JavaDelegate {

    private final ProcessVariables variables;
    private final DeadlinePlanner planner;
    private final Clock clock;

    PlanDeadlineDelegate(ProcessVariables variables, DeadlinePlanner planner, Clock clock) {
        this.variables = variables;
        this.planner = planner;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        variables.deadlineSteps(execution, planner.plan(variables.dueDate(execution),
                variables.reminderDays(execution), variables.integer(execution, VAR_YELLOW_AFTER),
                variables.integer(execution, VAR_RED_AFTER), clock.instant()));
        execution.setVariable(VAR_WARNINGS_SO_FAR, 0);
    }
}
