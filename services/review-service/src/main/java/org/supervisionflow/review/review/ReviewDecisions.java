package org.supervisionflow.review.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.MetricSpec;
import org.supervisionflow.contracts.ReviewDecision;
import org.supervisionflow.contracts.review.ReviewCompleted;
import org.supervisionflow.contracts.review.ScoreOverridden;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.review.finding.Finding;
import org.supervisionflow.review.finding.FindingDraft;
import org.supervisionflow.review.finding.Findings;
import org.supervisionflow.review.finding.IssuedIn;
import org.supervisionflow.platform.problem.Violations;
import org.supervisionflow.review.scope.Scopes;
import org.supervisionflow.review.scoring.RuleKind;
import org.supervisionflow.review.scoring.RuleSet;
import org.supervisionflow.review.scoring.ScoreSheet;
import org.supervisionflow.review.scoring.ScoringEngine;
import org.supervisionflow.review.scoring.ScoringInput;
import org.supervisionflow.review.scoring.ScoringRule;
import org.supervisionflow.review.scoring.ScoringRules;
import org.supervisionflow.review.scoring.Suggestion;

/** Scoring (with the campaign's rules) and deciding a review, by the auditor who holds it. */
@Service
public class ReviewDecisions {

    private static final Logger log = LoggerFactory.getLogger(ReviewDecisions.class);
    private static final Text INDICATOR = Text.of("审核中的指标", "Indicator under review");

    private final ReviewQueue queue;
    private final ReviewStore reviews;
    private final Findings findings;
    private final ScoringRules scoringRules;
    private final Scopes scopes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewDecisions(ReviewQueue queue, ReviewStore reviews, Findings findings, ScoringRules scoringRules, Scopes scopes,
            ApplicationEventPublisher events, Clock clock) {
        this.queue = queue;
        this.reviews = reviews;
        this.findings = findings;
        this.scoringRules = scoringRules;
        this.scopes = scopes;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Scores one indicator, from 0 to its points; scoring again replaces the score and comment. A score other than
     * the rule's suggestion needs a reason, is kept with it, and publishes {@link ScoreOverridden}. A not-applicable
     * indicator takes no score.
     */
    @Transactional
    public Review score(UUID id, UUID indicatorId, BigDecimal score, String comment, String overrideReason,
            CurrentUser auditor) {
        Review review = queue.lockedReview(id);
        review.requireHeldBy(auditor);
        IndicatorScore indicator = indicator(review, indicatorId);
        RuleSet rules = scoringRules.of(review.campaignId(), review.ruleVersion());
        ScoringRule rule = rules.rule(indicatorId).orElse(null);
        Suggestion suggestion = ScoringEngine.suggest(rule, indicator.maxPoints(), indicator.inputFor(rule));
        if (!suggestion.applicable()) {
            throw Violations.single("indicator-not-applicable", "score", Text.of(
                    "指标" + indicator.code() + "不适用，不评分", "Indicator " + indicator.code() + " is not applicable and takes no score"));
        }
        if (score.compareTo(indicator.maxPoints()) > 0) {
            String points = indicator.maxPoints().stripTrailingZeros().toPlainString();
            throw Violations.single("score-above-max-points", "score", Text.of(
                    "指标" + indicator.code() + "的得分不能超过" + points + "分",
                    "Indicator " + indicator.code() + " scores at most " + points));
        }
        boolean overrides = suggestion.score() != null && score.compareTo(suggestion.score()) != 0;
        String reason = blankToNull(overrideReason);
        if (overrides && reason == null) {
            String suggested = suggestion.score().stripTrailingZeros().toPlainString();
            throw Violations.single("override-reason-required", "overrideReason", Text.of(
                    "评分规则建议" + suggested + "分，改为其他分值须说明理由",
                    "The rules suggest " + suggested + "; another score needs a reason"));
        }
        Instant now = clock.instant();
        reviews.score(id, indicatorId, score, blankToNull(comment), overrides ? suggestion.score() : null,
                overrides ? reason : null, now);
        if (overrides) {
            events.publishEvent(new ScoreOverridden(UUID.randomUUID(), review.assignmentId(), now, id,
                    review.reportVersion(), indicatorId, suggestion.score(), score, reason, review.claim().asAuditor()));
        }
        return reviews.findForUpdate(id).orElseThrow();
    }

    /**
     * Records what the auditor found for the indicator's rule: occurrences for deductions and bonuses, the metric value
     * for a threshold whose figure the department did not report (fitting the metric's kind), whether the veto
     * condition happened. Only what the rule uses may be entered; a reported figure is not typed over, the auditor
     * departs from it by overriding the score with a reason.
     */
    @Transactional
    public Review enterInput(UUID id, UUID indicatorId, ScoringInput input, CurrentUser auditor) {
        Review review = queue.lockedReview(id);
        review.requireHeldBy(auditor);
        IndicatorScore indicator = indicator(review, indicatorId);
        Optional<ScoringRule> rule = scoringRules.of(review.campaignId(), review.ruleVersion()).rule(indicatorId);
        RuleKind kind = rule.map(ScoringRule::kind).orElse(null);
        Violations violations = new Violations();
        boolean counts = kind == RuleKind.DEDUCTION || kind == RuleKind.BONUS;
        inputField(violations, "occurrences", input.occurrences() != null, counts);
        if (indicator.reports(rule.orElse(null))) {
            if (input.metricValue() != null) {
                String metric = rule.get().metricCode();
                String reported = indicator.reportedFigures().get(metric).stripTrailingZeros().toPlainString();
                violations.add("metricValue", Text.of("部门已报送" + metric + "为" + reported + "，按报送值评分；如有出入，请改分并说明理由",
                        "The department reported " + metric + " as " + reported
                        + ", which the rule uses; to depart from it, score with a reason"));
            }
        } else {
            inputField(violations, "metricValue", input.metricValue() != null, kind == RuleKind.THRESHOLD);
        }
        inputField(violations, "vetoed", input.vetoed() != null, kind == RuleKind.VETO);
        if (kind == RuleKind.THRESHOLD && input.metricValue() != null) {
            scopes.of(review.assignmentId()).flatMap(scope -> scope.indicators().stream()
                            .filter(scoped -> scoped.indicatorId().equals(indicatorId)).findFirst())
                    .flatMap(scoped -> scoped.metric(rule.get().metricCode()))
                    .flatMap(metric -> misfit(metric, input.metricValue()))
                    .ifPresent(problem -> violations.add("metricValue", problem));
        }
        violations.throwIfAny("invalid-scoring-input", Text.of("所填内容与该指标的评分规则不符",
                "What was entered does not fit the indicator's scoring rule"));
        reviews.enterInput(id, indicatorId, input);
        return reviews.findForUpdate(id).orElseThrow();
    }

    /** The review's rules, each indicator's suggestion with its explanation, and the totals they make. */
    @Transactional(readOnly = true)
    public ReviewScoring scoring(Review review) {
        RuleSet rules = scoringRules.of(review.campaignId(), review.ruleVersion());
        return ReviewScoring.of(review, rules);
    }

    /**
     * Decides the review for good and publishes {@link ReviewCompleted} with the total, the return reasons or the
     * findings (issued here with their notice numbers).
     */
    @Transactional
    public Review decide(UUID id, DecisionCommand command, CurrentUser auditor) {
        Review review = queue.lockedReview(id);
        review.requireHeldBy(auditor);
        RuleSet rules = scoringRules.of(review.campaignId(), review.ruleVersion());
        check(review, rules, command);
        Instant now = clock.instant();
        List<Finding> issued = findings.issue(new IssuedIn(review.id(), review.assignmentId(), review.reportId(),
                review.reportVersion(), review.campaignTitle(), review.departmentCode(), review.departmentName(), now),
                command.findings().stream().map(raised -> draft(review, raised)).toList());
        ScoreSheet sheet = review.sheet(rules);
        Decision decision = new Decision(command.decision(), sheet.totalScore(), sheet.maxScore(),
                blankToNull(command.comment()), command.returnReasons(), now);
        reviews.decide(id, decision, sheet.vetoed());
        events.publishEvent(new ReviewCompleted(UUID.randomUUID(), review.assignmentId(), now, review.id(),
                review.reportVersion(), decision.decision(), decision.totalScore(), decision.maxScore(),
                decision.returnReasons(), issued.stream().map(Finding::notice).toList(), review.claim().asAuditor(),
                sheet.vetoed()));
        log.info("Review {} of report {} version {} decided: {} ({} of {}, {} findings)", id, review.reportId(),
                review.reportVersion(), decision.decision(), decision.totalScore(), decision.maxScore(), issued.size());
        return reviews.findForUpdate(id).orElseThrow();
    }

    /** Every rule a decision breaks, at once, so the auditor can fix them together. */
    private void check(Review review, RuleSet rules, DecisionCommand command) {
        Violations violations = new Violations();
        ReviewDecision decision = command.decision();
        List<Suggestion> suggestions = review.suggestions(rules);
        for (int i = 0; i < suggestions.size(); i++) {
            IndicatorScore indicator = review.indicators().get(i);
            BigDecimal suggested = suggestions.get(i).score();
            // Inputs entered after scoring can move the suggestion away from a score given without a reason.
            if (indicator.scored() && suggested != null && indicator.score().compareTo(suggested) != 0
                    && indicator.overrideReason() == null) {
                violations.add("scores." + indicator.code(), Text.of("指标" + indicator.code() + "的得分与评分规则建议的"
                        + suggested.stripTrailingZeros().toPlainString() + "分不一致，请重新评分或说明理由",
                        "Indicator " + indicator.code() + " departs from the suggested "
                        + suggested.stripTrailingZeros().toPlainString() + " without a reason; score it again"));
            }
        }
        if (decision == ReviewDecision.RETURN) {
            if (command.returnReasons().isEmpty()) {
                violations.add("returnReasons", Text.of("退回修改须说明理由", "A return needs its reasons"));
            }
            if (!command.findings().isEmpty()) {
                violations.add("findings", Text.of("退回修改时不列问题，请在理由中说明",
                        "A return raises no findings; give reasons instead"));
            }
        } else {
            review.indicators().stream()
                    .filter(indicator -> !indicator.scored() && rules.applicable(indicator.indicatorId()))
                    .forEach(indicator ->
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

    private static IndicatorScore indicator(Review review, UUID indicatorId) {
        return review.indicator(indicatorId).orElseThrow(() -> ProblemException.notFound(INDICATOR, indicatorId));
    }

    /** Why a value does not fit its metric's kind: a percentage is 0–100, yes/no is 1 or 0, a count is whole. */
    private static Optional<Text> misfit(MetricSpec metric, BigDecimal value) {
        return switch (metric.kind()) {
            case PERCENTAGE -> value.compareTo(BigDecimal.valueOf(100)) > 0
                    ? Optional.of(Text.of(metric.label() + "是百分比，应在0到100之间", metric.label() + " is a percentage, 0 to 100"))
                    : Optional.empty();
            case YES_NO -> value.compareTo(BigDecimal.ONE) != 0 && value.signum() != 0
                    ? Optional.of(Text.of(metric.label() + "为是/否，是填1、否填0", metric.label() + " is yes or no: 1 or 0"))
                    : Optional.empty();
            case COUNT -> value.stripTrailingZeros().scale() > 0
                    ? Optional.of(Text.of(metric.label() + "是件数，应为整数", metric.label() + " is a count, a whole number"))
                    : Optional.empty();
        };
    }

    private static void inputField(Violations violations, String field, boolean given, boolean used) {
        if (given != used) {
            violations.add(field, used
                    ? Text.of("该指标的评分规则需要填写此项", "The indicator's scoring rule needs this")
                    : Text.of("该指标的评分规则不使用此项", "The indicator's scoring rule does not use this"));
        }
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
