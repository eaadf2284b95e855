package org.supervisionflow.review.review.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.contracts.Grade;
import org.supervisionflow.contracts.ReturnReason;
import org.supervisionflow.contracts.ReviewDecision;
import org.supervisionflow.review.finding.Finding;
import org.supervisionflow.review.review.IndicatorScore;
import org.supervisionflow.review.review.Review;
import org.supervisionflow.review.review.ReviewStatus;
import org.supervisionflow.review.scoring.ScoreSheet;

/**
 * A review with its scores and totals under its scoring rules, once decided its decision, grade and findings, and the
 * previous version's review. {@code grade} is the engine's (from the total); {@code effectiveGrade} is 不合格 when a
 * veto ({@code vetoed}) was triggered, at once (before the engine's grade arrives) and for reviews graded before the
 * engine learnt of vetoes.
 */
record ReviewResponse(UUID id, UUID assignmentId, UUID reportId, int reportVersion, UUID campaignId,
        String campaignTitle, String departmentCode, String departmentName, ReviewStatus status, Instant openedAt,
        Auditor claimedBy, Instant claimedAt, Integer ruleVersion, List<IndicatorScore> scores, BigDecimal totalScore,
        BigDecimal maxScore, BigDecimal rescaledTotal, BigDecimal fullMaxScore, boolean vetoed, DecisionView decision,
        Grade grade, Grade effectiveGrade, List<Finding> findings, PreviousReview previousReview) {

    static ReviewResponse of(Review review, ScoreSheet sheet, List<Finding> findings, Review previous) {
        return new ReviewResponse(review.id(), review.assignmentId(), review.reportId(), review.reportVersion(),
                review.campaignId(), review.campaignTitle(), review.departmentCode(), review.departmentName(),
                review.status(), review.openedAt(),
                review.claim() == null ? null : new Auditor(review.claim().username(), review.claim().displayName()),
                review.claim() == null ? null : review.claim().claimedAt(),
                review.ruleVersion(),
                review.indicators(),
                sheet.totalScore(), sheet.maxScore(), sheet.rescaledTotal(), sheet.fullMaxScore(), sheet.vetoed(),
                review.decision() == null ? null : new DecisionView(review.decision().decision(),
                        review.decision().comment(), review.decision().returnReasons(), review.decision().decidedAt()),
                review.grade(), sheet.vetoed() ? Grade.FAIL : review.grade(), findings, previous == null ? null : new PreviousReview(previous.id(),
                        previous.reportVersion(), previous.decision().decision(), previous.decision().totalScore(),
                        previous.decision().maxScore(), previous.decision().returnReasons()));
    }

    /** The auditor who holds (or decided) the review. */
    record Auditor(String username, String name) {
    }

    /** The decided review of the report's previous version, with the reasons it went back for. */
    record PreviousReview(UUID id, int reportVersion, ReviewDecision decision, BigDecimal totalScore,
            BigDecimal maxScore, List<ReturnReason> returnReasons) {
    }

    /** The decision and, for a returned report, the reasons per indicator. */
    record DecisionView(ReviewDecision decision, String comment, List<ReturnReason> returnReasons, Instant decidedAt) {
    }
}
