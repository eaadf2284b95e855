package org.supervisionflow.contracts.review;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/** An auditor took a submitted report from the queue and started reviewing it. */
public record ReviewClaimed(UUID id, UUID assignmentId, Instant occurredAt, UUID reviewId, int reportVersion,
        Actor auditor) implements ReviewEvent {
}
