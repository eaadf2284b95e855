package org.supervisionflow.review.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.ReviewDecision;
import org.supervisionflow.contracts.review.ReviewCompleted;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.review.finding.Finding;
import org.supervisionflow.review.finding.FindingDraft;
import org.supervisionflow.review.finding.Findings;
import org.supervisionflow.review.finding.IssuedIn;
import org.supervisionflow.platform.problem.Violations;

/** Scoring and deciding a review, by the auditor who holds it. */
@Service
public class ReviewDecisions {

    private static final Logger log = LoggerFactory.getLogger(ReviewDecisions.class);
    private static final Text INDICATOR = Text.of("审核中的指标", "Indicator under review");

    private final ReviewQueue queue;
    private final ReviewStore reviews;
    private final Findings findings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewDecisions(ReviewQueue queue, ReviewStore reviews, Findings findings, ApplicationEventPublisher events,
            Clock clock) {
        this.queue = queue;
        this.reviews = reviews;
        this.findings = findings;
        this.events = events;
        this.clock = clock;
    }

    /** Scores one indicator, from 0 to its points; scoring again replaces the score and comment. */
    @Transactional
    public Review score(UUID id, UUID indicatorId, BigDecimal score, String comment, CurrentUser auditor) {
        Review review = queue.lockedReview(id);
        review.requireHeldBy(auditor);
        IndicatorScore indicator = review.indicator(indicatorId)
                .orElseThrow(() -> ProblemException.notFound(INDICATOR, indicatorId));
        if (score.compareTo(indicator.maxPoints()) > 0) {
            String points = indicator.maxPoints().stripTrailingZeros().toPlainString();
            throw Violations.single("score-above-max-points", "score", Text.of(
                    "指标" + indicator.code() + "的得分不能超过" + points + "分",
                    "Indicator " + indicator.code() + " scores at most " + points));
        }
        reviews.score(id, indicatorId, score, blankToNull(comment), clock.instant());
        return reviews.findForUpdate(id).orElseThrow();
    }

    /**
     * Decides the review for good and publishes {@link ReviewCompleted} with the total, the return reasons or the
     * findings (issued here with their notice numbers).
     */
    @Transactional
    public Review decide(UUID id, DecisionCommand command, CurrentUser auditor) {
        Review review = queue.lockedReview(id);
        review.requireHeldBy(auditor);
        check(review, command);
        Instant now = clock.instant();
        List<Finding> issued = findings.issue(new IssuedIn(review.id(), review.assignmentId(), review.reportId(),
                review.reportVersion(), review.campaignTitle(), review.departmentCode(), review.departmentName(), now),
                command.findings().stream().map(raised -> draft(review, raised)).toList());
        Decision decision = new Decision(command.decision(), review.totalScore(), review.maxScore(),
                blankToNull(command.comment()), command.returnReasons(), now);
        reviews.decide(id, decision);
        events.publishEvent(new ReviewCompleted(UUID.randomUUID(), review.assignmentId(), now, review.id(),
                review.reportVersion(), decision.decision(), decision.totalScore(), decision.maxScore(),
                decision.returnReasons(), issued.stream().map(Finding::notice).toList(), review.claim().asAuditor()));
        log.info("Review {} of report {} version {} decided: {} ({} of {}, {} findings)", id, review.reportId(),
                review.reportVersion(), decision.decision(), decision.totalScore(), decision.maxScore(), issued.size());
        return reviews.findForUpdate(id).orElseThrow();
    }

    /** Every rule a decision breaks, at once, so the auditor can fix them together. */
    private void check(Review review, DecisionCommand command) {
        Violations violations = new Violations();
        ReviewDecision decision = command.decision();
        if (decision == ReviewDecision.RETURN) {
            if (command.returnReasons().isEmpty()) {
                violations.add("returnReasons", Text.of("退回修改须说明理由", "A return needs its reasons"));
            }
            if (!command.findings().isEmpty()) {
                violations.add("findings", Text.of("退回修改时不列问题，请在理由中说明",
                        "A return raises no findings; give reasons instead"));
            }
        } else {
            review.indicators().stream().filter(indicator -> !indicator.scored()).forEach(indicator ->
                    violations.add("scores." + indicator.code(), Text.of("指标" + indicator.code() + "尚未评分",
                            "Indicator " + indicator.code() + " is not scored yet")));
            if (!command.returnReasons().isEmpty()) {
                violations.add("returnReasons", Text.of("只有退回修改才填写退回理由", "Only a return has return reasons"));
            }
            if (decision == ReviewDecision.ACCEPT && !command.findings().isEmpty()) {
                violations.add("findings", Text.of("存在问题时请选择“通过但需整改”",
                        "To raise findings, accept with findings"));
            }
            if (decision == ReviewDecision.ACCEPT_WITH_FINDINGS && command.findings().isEmpty()) {
                violations.add("findings", Text.of("通过但需整改时至少列出一个问题",
                        "Accepting with findings needs at least one finding"));
            }
        }
        for (int i = 0; i < command.returnReasons().size(); i++) {
            UUID indicatorId = command.returnReasons().get(i).indicatorId();
            if (indicatorId != null && review.indicator(indicatorId).isEmpty()) {
                violations.add("returnReasons[" + i + "].indicatorId", notInReview());
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < command.findings().size(); i++) {
            RaisedFinding finding = command.findings().get(i);
            if (review.indicator(finding.indicatorId()).isEmpty()) {
                violations.add("findings[" + i + "].indicatorId", notInReview());
            }
            if (finding.deadline().isBefore(today)) {
                violations.add("findings[" + i + "].deadline", Text.of("整改期限不能早于今天",
                        "The deadline cannot be in the past"));
            }
        }
        violations.throwIfAny("invalid-decision", Text.of("审核结论不符合规则", "The decision breaks the review's rules"));
    }

    private static Text notInReview() {
        return Text.of("该指标不在本次审核范围内", "This indicator is not under review");
    }

    private static FindingDraft draft(Review review, RaisedFinding raised) {
        IndicatorScore indicator = review.indicator(raised.indicatorId()).orElseThrow();
        return new FindingDraft(raised.indicatorId(), indicator.code(), indicator.title(), raised.severity(),
                raised.description().strip(), raised.requiredMeasures().strip(), raised.deadline());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
