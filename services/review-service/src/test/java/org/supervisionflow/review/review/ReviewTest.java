package org.supervisionflow.review.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervisionflow.contracts.ReviewDecision;
import org.supervisionflow.review.scoring.RuleSet;
import org.supervisionflow.review.scoring.ScoringInput;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.platform.security.Role;

class ReviewTest {

    private static final CurrentUser LI = new CurrentUser("li", "auditor-li", "李审核", Set.of(Role.AUDITOR), null);
    private static final CurrentUser WANG = new CurrentUser("wang", "auditor-wang", "王审核", Set.of(Role.AUDITOR), null);
    private static final CurrentUser ADMIN = new CurrentUser("admin", "admin", "张管理", Set.of(Role.OFFICE_ADMIN), null);
    private static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");

    @Test
    void anUnclaimedReviewCanBeTakenAndNeedsNoRelease() {
        Review review = review(ReviewStatus.UNCLAIMED, null);

        assertThat(review.claimableBy(LI)).isTrue();
        assertThat(review.releasableBy(LI)).isFalse();
        assertThatThrownBy(() -> review.requireHeldBy(LI)).isInstanceOf(ProblemException.class)
                .extracting("code").isEqualTo("review-not-claimed-by-you");
    }

    @Test
    void aHeldReviewBelongsToItsHolderUntilReleased() {
        Review review = review(ReviewStatus.CLAIMED, Claim.by(LI, NOW));

        assertThat(review.claimableBy(LI)).isFalse();
        review.requireHeldBy(LI);
        assertThatThrownBy(() -> review.claimableBy(WANG)).extracting("code").isEqualTo("review-claimed-by-another");
        assertThatThrownBy(() -> review.requireHeldBy(WANG)).extracting("code").isEqualTo("review-not-claimed-by-you");
        assertThatThrownBy(() -> review.releasableBy(WANG)).extracting("code").isEqualTo("review-claimed-by-another");
        assertThat(review.releasableBy(LI)).isTrue();
        assertThat(review.releasableBy(ADMIN)).isTrue();
    }

    @Test
    void decidedAndWithdrawnReviewsRefuseEveryChange() {
        Review decided = review(ReviewStatus.DECIDED, Claim.by(LI, NOW));
        Review withdrawn = review(ReviewStatus.WITHDRAWN, null);

        assertThatThrownBy(() -> decided.claimableBy(WANG)).extracting("code").isEqualTo("review-decided");
        assertThatThrownBy(() -> decided.requireHeldBy(LI)).extracting("code").isEqualTo("review-decided");
        assertThatThrownBy(() -> decided.releasableBy(ADMIN)).extracting("code").isEqualTo("review-decided");
        assertThatThrownBy(() -> withdrawn.claimableBy(LI)).extracting("code").isEqualTo("review-withdrawn");
    }

    @Test
    void theTotalCountsScoredIndicatorsAndTheMaximumEveryIndicator() {
        Review review = review(ReviewStatus.CLAIMED, Claim.by(LI, NOW));

        assertThat(review.sheet(RuleSet.NONE).totalScore()).isEqualByComparingTo("5.5");
        assertThat(review.sheet(RuleSet.NONE).maxScore()).isEqualByComparingTo("10.5");
    }

    private static Review review(ReviewStatus status, Claim claim) {
        List<IndicatorScore> indicators = List.of(
                new IndicatorScore(UUID.randomUUID(), "4.1", "坚持严格规范公正文明执法", "严格落实行政执法三项制度",
                        new BigDecimal("6"), Map.of(), ScoringInput.NONE, new BigDecimal("5.5"), "基本到位", null, null),
                new IndicatorScore(UUID.randomUUID(), "5.3", "强化对行政权力的制约和监督", "行政机关负责人出庭应诉",
                        new BigDecimal("4.5"), Map.of(), ScoringInput.NONE, null, null, null, null));
        Decision decision = status == ReviewStatus.DECIDED
                ? new Decision(ReviewDecision.ACCEPT, new BigDecimal("10"), new BigDecimal("10.5"), null, List.of(), NOW)
                : null;
        return new Review(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(), "2025年度报告",
                "minzheng", "民政局", status, NOW, claim, indicators, decision, null, null, false);
    }
}
