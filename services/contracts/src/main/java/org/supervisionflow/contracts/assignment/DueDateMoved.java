package org.supervisionflow.contracts.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/** The office moved a campaign's due date, so this assignment's report is due on {@code newDueDate}. */
public record DueDateMoved(UUID id, UUID assignmentId, Instant occurredAt, LocalDate previousDueDate,
        LocalDate newDueDate, String reason, Actor movedBy) implements AssignmentEvent {
}
