package org.supervisionflow.contracts.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/**
 * The office approved an extension request: the report's due date, or with {@code findingId} that finding's
 * rectification deadline, is now {@code newDueDate}. Deadline timers restart from it.
 */
public record ExtensionGranted(UUID id, UUID assignmentId, Instant occurredAt, UUID requestId, UUID findingId,
        LocalDate previousDueDate, LocalDate newDueDate, String comment, Actor decidedBy) implements AssignmentEvent {
}
