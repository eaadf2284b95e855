package org.supervisionflow.contracts.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.DeadlineKind;

/** A deadline passed with the work not done: the report (or finding) is overdue from now on. */
public record DeadlineMissed(UUID id, UUID assignmentId, Instant occurredAt, String departmentCode, DeadlineKind kind, UUID findingId,
        LocalDate dueDate) implements WorkflowEvent {
}
