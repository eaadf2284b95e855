package org.supervisionflow.contracts.command;

import java.time.Instant;
import java.util.UUID;

/** The auditor rejected a rectification answer: open that finding for a new answer, showing the reason. */
public record ReopenRectification(UUID id, UUID assignmentId, Instant occurredAt, UUID findingId, UUID rejectedAnswerId,
        String reason) implements Command {
}
