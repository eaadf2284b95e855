package org.supervisionflow.review.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * The review that counts for one assignment: its latest accepted version. {@code year} is the one its period names
 * (see {@code StatisticsStore}). {@code grade} is the effective grade (不合格 when a veto was triggered), null until
 * the engine graded it.
 */
public record CountedReview(UUID reviewId, UUID assignmentId, UUID campaignId, String campaignTitle, String period,
        Integer year,
        String departmentCode, String departmentName, BigDecimal totalScore, BigDecimal maxScore, String grade) {

    /** The total as a percentage of the maximum (what grades and rankings compare), two decimals. */
    public BigDecimal percentage() {
        return maxScore.signum() == 0 ? BigDecimal.ZERO
                : totalScore.multiply(BigDecimal.valueOf(100)).divide(maxScore, 2, RoundingMode.HALF_UP);
    }
}
