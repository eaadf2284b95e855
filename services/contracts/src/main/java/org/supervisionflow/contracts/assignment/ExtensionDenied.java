package org.supervisionflow.contracts.assignment;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/** The office denied an extension request, with a reason; the deadline stays as it was. */
public record ExtensionDenied(UUID id, UUID assignmentId, Instant occurredAt, UUID requestId, UUID findingId,
        String reason, Actor decidedBy) implements AssignmentEvent {
}
