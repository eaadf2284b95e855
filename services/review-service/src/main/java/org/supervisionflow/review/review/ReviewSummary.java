package org.supervisionflow.review.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Grade;
import org.supervisionflow.contracts.ReviewDecision;

/** A review as the queue lists it. */
public record ReviewSummary(UUID id, UUID assignmentId, UUID reportId, int reportVersion, UUID campaignId,
        String campaignTitle, String departmentCode, String departmentName, ReviewStatus status, Instant openedAt,
        String claimedByUsername, String claimedByName, Instant claimedAt, ReviewDecision decision,
        BigDecimal totalScore, BigDecimal maxScore, Grade grade) {
}
