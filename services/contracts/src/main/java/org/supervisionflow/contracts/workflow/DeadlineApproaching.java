package org.supervisionflow.contracts.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.DeadlineKind;

/**
 * A step of the reminder ladder (催办): a deadline is {@code workingDaysLeft} working days away (0 = today).
 * {@code findingId} is set for rectification deadlines only.
 */
public record DeadlineApproaching(UUID id, UUID assignmentId, Instant occurredAt, String departmentCode, DeadlineKind kind, UUID findingId,
        LocalDate dueDate, int workingDaysLeft) implements WorkflowEvent {
}
