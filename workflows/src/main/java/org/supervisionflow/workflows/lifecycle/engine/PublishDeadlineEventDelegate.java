package org.supervisionflow.workflows.lifecycle.engine;

import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_DEADLINE_EVENT;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_ESCALATION_TARGET;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_STEP_WORKING_DAYS;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_WARNINGS_SO_FAR;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_WARNING_LEVEL;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.DeadlineKind;
import org.supervisionflow.contracts.EscalationTarget;
import org.supervisionflow.contracts.WarningLevel;
import org.supervisionflow.contracts.workflow.DeadlineApproaching;
import org.supervisionflow.contracts.workflow.DeadlineMissed;
import org.supervisionflow.contracts.workflow.EscalationRaised;
import org.supervisionflow.contracts.workflow.WarningRaised;
import org.supervisionflow.contracts.workflow.WorkflowEvent;

/**
 * Publishes what a watch's step found, as its task's {@code deadlineEvent} names it: {@link DeadlineApproaching},
 * {@link DeadlineMissed}, {@link WarningRaised} (counted in {@code warningsSoFar}) or {@link EscalationRaised}.
 */
@Component(ProcessConstants.DELEGATE_PUBLISH_DEADLINE_EVENT)
class PublishDeadlineEventDelegate implements JavaDelegate {

    /** The {@code deadlineEvent} input parameter's values. */
    enum DeadlineEvent {
        APPROACHING, MISSED, WARNING, ESCALATION
    }

    private final ApplicationEventPublisher events;
    private final ProcessVariables variables;
    private final Clock clock;

    PublishDeadlineEventDelegate(ApplicationEventPublisher events, ProcessVariables variables, Clock clock) {
        this.events = events;
        this.variables = variables;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID id = UUID.randomUUID();
        UUID assignmentId = variables.assignmentId(execution);
        Instant now = clock.instant();
        String department = variables.departmentCode(execution);
        DeadlineKind kind = variables.deadlineKind(execution);
        UUID findingId = variables.watchedFindingId(execution);
        LocalDate dueDate = variables.dueDate(execution);
        int workingDays = variables.integer(execution, VAR_STEP_WORKING_DAYS);
        WorkflowEvent event = switch (DeadlineEvent.valueOf(ProcessVariables.local(execution, VAR_DEADLINE_EVENT))) {
            case APPROACHING -> new DeadlineApproaching(id, assignmentId, now, department, kind, findingId, dueDate,
                    workingDays);
            case MISSED -> new DeadlineMissed(id, assignmentId, now, department, kind, findingId, dueDate);
            case WARNING -> {
                execution.setVariable(VAR_WARNINGS_SO_FAR, variables.integer(execution, VAR_WARNINGS_SO_FAR) + 1);
                yield new WarningRaised(id, assignmentId, now, department, kind, findingId, dueDate,
                        WarningLevel.valueOf(variables.text(execution, VAR_WARNING_LEVEL)), workingDays);
            }
            case ESCALATION -> new EscalationRaised(id, assignmentId, now, department, kind, findingId, dueDate,
                    EscalationTarget.valueOf(variables.text(execution, VAR_ESCALATION_TARGET)), workingDays);
        };
        events.publishEvent(event);
    }
}
