package org.supervisionflow.review.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.review.scoring.RuleSet;
import org.supervisionflow.review.scoring.ScoreSheet;
import org.supervisionflow.review.scoring.ScoringInput;
import org.supervisionflow.review.scoring.ScoringRule;
import org.supervisionflow.review.scoring.Suggestion;

/**
 * "Explain this score": the rule version a review is scored by, and per indicator the rule, what the auditor entered,
 * the suggestion with its steps, and the score given (with the reason when it departs from the suggestion); then the
 * totals with theirs.
 */
public record ReviewScoring(UUID reviewId, Integer ruleVersion, BigDecimal bonusCap, List<IndicatorScoring> indicators,
        ScoreSheet totals) {

    static ReviewScoring of(Review review, RuleSet rules) {
        List<Suggestion> suggestions = review.suggestions(rules);
        List<IndicatorScoring> indicators = new ArrayList<>();
        for (int i = 0; i < suggestions.size(); i++) {
            IndicatorScore indicator = review.indicators().get(i);
            ScoringRule rule = rules.rule(indicator.indicatorId()).orElse(null);
            indicators.add(new IndicatorScoring(indicator.indicatorId(), indicator.code(), indicator.title(),
                    indicator.maxPoints(), rule, indicator.inputFor(rule), indicator.reports(rule), suggestions.get(i), indicator.score(), indicator.overrideReason() != null,
                    indicator.overriddenSuggestion(), indicator.overrideReason()));
        }
        return new ReviewScoring(review.id(), review.ruleVersion(), rules.bonusCap(), indicators, review.sheet(rules));
    }

    /**
     * One indicator's explanation; {@code rule} is null when the indicator has none. {@code input} is what the rule
     * scored from; {@code inputReported} says its metric value is the figure the department reported, not one typed in.
     */
    public record IndicatorScoring(UUID indicatorId, String code, String title, BigDecimal maxPoints, ScoringRule rule,
            ScoringInput input, boolean inputReported, Suggestion suggestion, BigDecimal score, boolean overridden,
            BigDecimal overriddenSuggestion, String overrideReason) {
    }
}
