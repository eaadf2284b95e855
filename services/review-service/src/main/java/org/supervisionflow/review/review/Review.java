package org.supervisionflow.review.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.supervisionflow.contracts.Grade;
import org.supervisionflow.contracts.command.OpenReview;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.platform.security.Role;
import org.supervisionflow.review.scope.ReviewScope;

/**
 * The review of one submitted report version: the indicators to score (copied from the assignment's scope when it
 * opened), who holds it, and once decided, the decision and the grade the workflow engine derived from it. The guards below keep its rules: one auditor at a time,
 * only the holder scores and decides, and a decided review never changes.
 */
public record Review(UUID id, UUID assignmentId, UUID reportId, int reportVersion, UUID campaignId,
        String campaignTitle, String departmentCode, String departmentName, ReviewStatus status, Instant openedAt,
        Claim claim, List<IndicatorScore> indicators, Decision decision, Grade grade) {

    public Review {
        indicators = List.copyOf(indicators);
    }

    static Review open(OpenReview command, ReviewScope scope, Instant now) {
        List<IndicatorScore> indicators = scope.indicators().stream()
                .map(indicator -> new IndicatorScore(indicator.indicatorId(), indicator.code(), indicator.aspectTitle(),
                        indicator.title(), indicator.maxPoints(), null, null))
                .toList();
        return new Review(UUID.randomUUID(), command.assignmentId(), command.reportId(), command.reportVersion(),
                scope.campaignId(), scope.campaignTitle(), scope.departmentCode(), scope.departmentName(),
                ReviewStatus.UNCLAIMED, now, null, indicators, null, null);
    }

    /**
     * Whether the user may take the review now; false when they hold it already (claiming again changes nothing).
     */
    boolean claimableBy(CurrentUser user) {
        requireUndecided();
        if (claim == null) {
            return true;
        }
        if (claim.heldBy(user)) {
            return false;
        }
        throw ProblemException.conflict("review-claimed-by-another", Text.of(
                "该审核已由" + claim.displayName() + "认领", "This review is held by " + claim.displayName()));
    }

    /** Whether releasing changes anything; only the holder, or an office-admin who frees a forgotten claim, may. */
    boolean releasableBy(CurrentUser user) {
        requireUndecided();
        if (claim == null) {
            return false;
        }
        if (!claim.heldBy(user) && !user.has(Role.OFFICE_ADMIN)) {
            throw ProblemException.conflict("review-claimed-by-another", Text.of(
                    "该审核已由" + claim.displayName() + "认领，只有认领人可以释放",
                    "This review is held by " + claim.displayName() + "; only they can release it"));
        }
        return true;
    }

    /** Scoring and deciding are for the auditor who holds the review, before it is decided. */
    void requireHeldBy(CurrentUser user) {
        requireUndecided();
        if (claim == null || !claim.heldBy(user)) {
            throw ProblemException.conflict("review-not-claimed-by-you", Text.of(
                    "请先认领该审核再评分或作出结论", "Claim this review before scoring or deciding it"));
        }
    }

    private void requireUndecided() {
        if (status == ReviewStatus.WITHDRAWN) {
            throw ProblemException.conflict("review-withdrawn", Text.of(
                    "该督察任务已撤回，审核随之终止", "The assignment was withdrawn, and with it this review"));
        }
        if (status == ReviewStatus.DECIDED) {
            throw ProblemException.conflict("review-decided", Text.of(
                    "该审核已作出结论，不能再修改", "This review is decided and can no longer change"));
        }
    }

    Optional<IndicatorScore> indicator(UUID indicatorId) {
        return indicators.stream().filter(indicator -> indicator.indicatorId().equals(indicatorId)).findFirst();
    }

    BigDecimal totalScore() {
        return indicators.stream().map(IndicatorScore::score).filter(score -> score != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal maxScore() {
        return indicators.stream().map(IndicatorScore::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
