package org.supervisionflow.contracts.assignment;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.AssignmentScope;

/** A published campaign reached one department. */
public record AssignmentIssued(UUID id, UUID assignmentId, Instant occurredAt, AssignmentScope scope)
        implements AssignmentEvent {
}
