package org.supervisionflow.contracts.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.DeadlineKind;
import org.supervisionflow.contracts.EscalationTarget;

/** An overdue report or finding was escalated (督办) to the department leader or to the office. */
public record EscalationRaised(UUID id, UUID assignmentId, Instant occurredAt, String departmentCode, DeadlineKind kind, UUID findingId,
        LocalDate dueDate, EscalationTarget target, int workingDaysOverdue)
        implements WorkflowEvent {
}
