package org.supervisionflow.contracts.review;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/** An auditor put a claimed report back into the review queue without deciding on it. */
public record ReviewReleased(UUID id, UUID assignmentId, Instant occurredAt, UUID reviewId, int reportVersion,
        Actor auditor) implements ReviewEvent {
}
