package org.supervisionflow.review.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.supervisionflow.contracts.ReturnReason;
import org.supervisionflow.contracts.ReviewDecision;

/** The auditor's decision on a review: the outcome, the total out of the maximum, and why it was returned. */
public record Decision(ReviewDecision decision, BigDecimal totalScore, BigDecimal maxScore, String comment,
        List<ReturnReason> returnReasons, Instant decidedAt) {
}
