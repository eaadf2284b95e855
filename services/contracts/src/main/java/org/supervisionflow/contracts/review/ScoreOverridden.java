package org.supervisionflow.contracts.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/** An auditor set an indicator's score other than the scoring rules suggested, with a reason. */
public record ScoreOverridden(UUID id, UUID assignmentId, Instant occurredAt, UUID reviewId, int reportVersion,
        UUID indicatorId, BigDecimal suggestedScore, BigDecimal score, String reason, Actor auditor)
        implements ReviewEvent {
}
