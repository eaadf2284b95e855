package org.supervisionflow.review.review;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.supervisionflow.review.scoring.RuleKind;
import org.supervisionflow.review.scoring.ScoringInput;
import org.supervisionflow.review.scoring.ScoringRule;

/**
 * An indicator under review with its points, the figures the department reported for it with this version
 * ({@code reportedFigures}, by metric code), what the auditor found for its scoring rule ({@code input}), and once
 * scored, its score and comment; a score that departs from the rule's suggestion keeps that suggestion and the reason.
 */
public record IndicatorScore(UUID indicatorId, String code, String aspectTitle, String title, BigDecimal maxPoints,
        Map<String, BigDecimal> reportedFigures, ScoringInput input, BigDecimal score, String comment,
        BigDecimal overriddenSuggestion, String overrideReason) {

    public IndicatorScore {
        reportedFigures = Map.copyOf(reportedFigures);
    }

    boolean scored() {
        return score != null;
    }

    /** Whether the department reported the figure the rule (a threshold) reads; then no one types it in. */
    boolean reports(ScoringRule rule) {
        return rule != null && rule.kind() == RuleKind.THRESHOLD && reportedFigures.containsKey(rule.metricCode());
    }

    /**
     * What the rule scores from: the auditor's input, except that a threshold reads the figure the department
     * reported when there is one (the auditor departs from it only by overriding the score with a reason).
     */
    public ScoringInput inputFor(ScoringRule rule) {
        return reports(rule)
                ? new ScoringInput(input.occurrences(), reportedFigures.get(rule.metricCode()), input.vetoed())
                : input;
    }
}
