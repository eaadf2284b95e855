package org.supervisionflow.review.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.supervisionflow.contracts.Grade;
import org.supervisionflow.contracts.command.OpenReview;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.platform.security.Role;
import org.supervisionflow.review.scope.ReviewScope;
import org.supervisionflow.review.scoring.RuleSet;
import org.supervisionflow.review.scoring.ScoreSheet;
import org.supervisionflow.review.scoring.ScoringEngine;
import org.supervisionflow.review.scoring.ScoringInput;
import org.supervisionflow.review.scoring.ScoringRule;
import org.supervisionflow.review.scoring.Suggestion;

/**
 * The review of one submitted report version: the indicators to score (copied from the assignment's scope when it
 * opened) with the scoring rule version in force then, who holds it, and once decided, the decision, whether a veto
 * (一票否决) failed it, and the grade the workflow engine derived from it. The guards below keep its rules: one auditor at a time,
 * only the holder scores and decides, and a decided review never changes.
 */
public record Review(UUID id, UUID assignmentId, UUID reportId, int reportVersion, UUID campaignId,
        String campaignTitle, String departmentCode, String departmentName, ReviewStatus status, Instant openedAt,
        Claim claim, List<IndicatorScore> indicators, Decision decision, Grade grade, Integer ruleVersion,
        boolean vetoed) {

    public Review {
        indicators = List.copyOf(indicators);
    }

    static Review open(OpenReview command, ReviewScope scope, Integer ruleVersion, Instant now) {
        List<IndicatorScore> indicators = scope.indicators().stream()
                .map(indicator -> new IndicatorScore(indicator.indicatorId(), indicator.code(), indicator.aspectTitle(),
                        indicator.title(), indicator.maxPoints(), Map.of(), ScoringInput.NONE, null, null, null, null))
                .toList();
        return new Review(UUID.randomUUID(), command.assignmentId(), command.reportId(), command.reportVersion(),
                scope.campaignId(), scope.campaignTitle(), scope.departmentCode(), scope.departmentName(),
                ReviewStatus.UNCLAIMED, now, null, indicators, null, null, ruleVersion, false);
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

    /** The indicator under review with this id, if it is one. */
    public Optional<IndicatorScore> indicator(UUID indicatorId) {
        return indicators.stream().filter(indicator -> indicator.indicatorId().equals(indicatorId)).findFirst();
    }

    /** Each indicator's suggestion under the review's rules, in the review's order. */
    public List<Suggestion> suggestions(RuleSet rules) {
        return indicators.stream().map(indicator -> {
            ScoringRule rule = rules.rule(indicator.indicatorId()).orElse(null);
            return ScoringEngine.suggest(rule, indicator.maxPoints(), indicator.inputFor(rule));
        }).toList();
    }

    /** The totals under the review's rules: what a decision reports, and whether a veto fails the report. */
    public ScoreSheet sheet(RuleSet rules) {
        List<Suggestion> suggestions = suggestions(rules);
        List<UUID> vetoed = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            if (suggestions.get(i).veto()) {
                vetoed.add(indicators.get(i).indicatorId());
            }
        }
        return ScoringEngine.sheet(rules, indicators.stream()
                .map(indicator -> new ScoringEngine.Line(indicator.indicatorId(), indicator.maxPoints(), indicator.score()))
                .toList(), vetoed);
    }
}
