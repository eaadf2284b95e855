package org.supervisionflow.review.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.platform.problem.Text;

/** Turns a rule and the auditor's inputs into a suggested score, and a review's scores into its totals; no state. */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    /** The suggestion for one indicator worth {@code maxPoints} under {@code rule} (null: no rule). */
    public static Suggestion suggest(ScoringRule rule, BigDecimal maxPoints, ScoringInput input) {
        if (rule == null) {
            return new Suggestion(null, true, false, List.of(Text.of("本指标无评分规则，由督察员直接评分",
                    "No scoring rule: the auditor scores this indicator directly")));
        }
        List<Text> trace = new ArrayList<>();
        if (rule.text() != null) {
            trace.add(Text.of("规则：" + rule.text(), "Rule: " + rule.text()));
        }
        String max = points(maxPoints);
        return switch (rule.kind()) {
            case NOT_APPLICABLE -> {
                trace.add(Text.of("不适用：本指标不计分，总分按适用指标折算",
                        "Not applicable: not scored, and the total is rescaled to the applicable indicators"));
                yield new Suggestion(null, false, false, trace);
            }
            case DEDUCTION -> {
                if (input.occurrences() == null) {
                    yield missing(trace, "请填写发现的" + label(rule) + "件数", "Enter how many were found");
                }
                BigDecimal deducted = rule.perOccurrence().multiply(BigDecimal.valueOf(input.occurrences()));
                BigDecimal score = maxPoints.subtract(deducted).max(BigDecimal.ZERO);
                trace.add(Text.of("基础分" + max + "分；发现" + label(rule) + input.occurrences() + "件，每件扣"
                        + points(rule.perOccurrence()) + "分，共扣" + points(deducted) + "分"
                        + (deducted.compareTo(maxPoints) > 0 ? "，扣完为止" : ""),
                        "Base " + max + "; " + input.occurrences() + " found at " + points(rule.perOccurrence())
                        + " each deducts " + points(deducted) + (deducted.compareTo(maxPoints) > 0 ? ", down to zero" : "")));
                yield suggested(trace, score);
            }
            case BONUS -> {
                if (input.occurrences() == null) {
                    yield missing(trace, "请填写加分事项的项数", "Enter how many items earn the bonus");
                }
                BigDecimal earned = rule.perOccurrence().multiply(BigDecimal.valueOf(input.occurrences()));
                BigDecimal score = earned.min(maxPoints);
                trace.add(Text.of(label(rule) + input.occurrences() + "项，每项加" + points(rule.perOccurrence()) + "分，共"
                        + points(earned) + "分" + (earned.compareTo(maxPoints) > 0 ? "，本指标最多" + max + "分" : ""),
                        input.occurrences() + " items at " + points(rule.perOccurrence()) + " each earn " + points(earned)
                        + (earned.compareTo(maxPoints) > 0 ? ", at most " + max + " for this indicator" : "")));
                yield suggested(trace, score);
            }
            case VETO -> {
                if (input.vetoed() == null) {
                    yield missing(trace, "请确认是否发生：" + rule.vetoCondition(),
                            "Confirm whether this happened: " + rule.vetoCondition());
                }
                if (input.vetoed()) {
                    trace.add(Text.of("一票否决已触发：" + rule.vetoCondition() + "；本指标0分，等次为不合格",
                            "Veto triggered: " + rule.vetoCondition() + "; 0 points, and the grade is FAIL"));
                    yield new Suggestion(BigDecimal.ZERO.setScale(2), true, true, trace);
                }
                trace.add(Text.of("未发生" + rule.vetoCondition() + "，得满分" + max + "分",
                        "No " + rule.vetoCondition() + ": full " + max));
                yield suggested(trace, maxPoints);
            }
            case THRESHOLD -> {
                if (input.metricValue() == null) {
                    yield missing(trace, "请填写报送的" + rule.metricCode() + "数值",
                            "Enter the reported value of " + rule.metricCode());
                }
                BigDecimal deduction = rule.bands().stream()
                        .filter(band -> input.metricValue().compareTo(band.below()) < 0)
                        .map(ThresholdBand::deduction)
                        .reduce(BigDecimal.ZERO, BigDecimal::max);
                String value = points(input.metricValue());
                trace.add(deduction.signum() == 0
                        ? Text.of(rule.metricCode() + "报送值" + value + "，未低于任何扣分线，不扣分",
                                rule.metricCode() + " reported " + value + ": below no threshold, nothing deducted")
                        : Text.of(rule.metricCode() + "报送值" + value + "，低于扣分线，扣" + points(deduction) + "分",
                                rule.metricCode() + " reported " + value + ": below a threshold, deducts " + points(deduction)));
                yield suggested(trace, maxPoints.subtract(deduction).max(BigDecimal.ZERO));
            }
        };
    }

    /**
     * The totals of a review: each line an indicator with its points and score (null while unscored). Bonus indicators
     * add to the total, not to the maximum, and their sum is capped by the campaign; not-applicable ones count nowhere.
     */
    public static ScoreSheet sheet(RuleSet rules, List<Line> lines, List<UUID> vetoedIndicators) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal fullMax = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        int notApplicable = 0;
        for (Line line : lines) {
            RuleKind kind = rules.rule(line.indicatorId()).map(ScoringRule::kind).orElse(null);
            BigDecimal score = line.score() == null ? BigDecimal.ZERO : line.score();
            if (kind == RuleKind.BONUS) {
                bonus = bonus.add(score);
            } else {
                fullMax = fullMax.add(line.maxPoints());
                if (kind == RuleKind.NOT_APPLICABLE) {
                    notApplicable++;
                } else {
                    max = max.add(line.maxPoints());
                    total = total.add(score);
                }
            }
        }
        BigDecimal cappedBonus = rules.bonusCap() == null ? bonus : bonus.min(rules.bonusCap());
        List<Text> trace = new ArrayList<>();
        trace.add(Text.of("适用指标满分" + points(max) + "分，得分" + points(total) + "分",
                "Applicable indicators: " + points(total) + " of " + points(max)));
        if (bonus.signum() > 0) {
            trace.add(Text.of("加分" + points(bonus) + "分" + (cappedBonus.compareTo(bonus) < 0
                    ? "，超过本次督察加分上限" + points(rules.bonusCap()) + "分，按上限计" : ""),
                    "Bonus " + points(bonus) + (cappedBonus.compareTo(bonus) < 0
                    ? ", above the campaign's cap of " + points(rules.bonusCap()) + ": the cap counts" : "")));
        }
        total = total.add(cappedBonus);
        BigDecimal rescaled = max.signum() == 0 ? BigDecimal.ZERO
                : total.multiply(fullMax).divide(max, 2, RoundingMode.HALF_UP);
        if (notApplicable > 0) {
            trace.add(Text.of(notApplicable + "项指标不适用，总分按适用指标折算：" + points(total) + " ÷ " + points(max)
                    + " × " + points(fullMax) + " = " + points(rescaled) + "分",
                    notApplicable + " indicator(s) not applicable, the total rescaled: " + points(total) + " ÷ "
                    + points(max) + " × " + points(fullMax) + " = " + points(rescaled)));
        }
        if (!vetoedIndicators.isEmpty()) {
            trace.add(Text.of("一票否决已触发：无论总分多少，等次为不合格", "Veto triggered: the grade is FAIL whatever the total"));
        }
        return new ScoreSheet(total, max, fullMax, rescaled, bonus, cappedBonus, !vetoedIndicators.isEmpty(), trace);
    }

    /** An indicator as the totals need it. */
    public record Line(UUID indicatorId, BigDecimal maxPoints, BigDecimal score) {
    }

    private static Suggestion missing(List<Text> trace, String zh, String en) {
        trace.add(Text.of(zh, en));
        return new Suggestion(null, true, false, trace);
    }

    private static Suggestion suggested(List<Text> trace, BigDecimal score) {
        BigDecimal rounded = score.setScale(2, RoundingMode.HALF_UP);
        trace.add(Text.of("建议得分" + points(rounded) + "分", "Suggested score " + points(rounded)));
        return new Suggestion(rounded, true, false, trace);
    }

    private static String label(ScoringRule rule) {
        return rule.occurrenceLabel() == null ? "" : rule.occurrenceLabel();
    }

    private static String points(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
