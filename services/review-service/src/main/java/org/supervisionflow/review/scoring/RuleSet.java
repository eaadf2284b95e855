package org.supervisionflow.review.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a campaign's scoring rules: a rule per indicator that has one, and the most bonus points a report
 * can earn in the campaign ({@code bonusCap}, none when null). Versions never change once published.
 */
public record RuleSet(UUID campaignId, int version, BigDecimal bonusCap, List<ScoringRule> rules, Instant publishedAt,
        String publishedBy) {

    /** What a review without rules is scored by: every indicator scored directly, nothing rescaled. */
    public static final RuleSet NONE = new RuleSet(null, 0, null, List.of(), null, null);

    public RuleSet {
        rules = List.copyOf(rules);
    }

    public Optional<ScoringRule> rule(UUID indicatorId) {
        return rules.stream().filter(rule -> rule.indicatorId().equals(indicatorId)).findFirst();
    }

    /** Whether the indicator counts at all (a not-applicable one is neither scored nor part of the maximum). */
    public boolean applicable(UUID indicatorId) {
        return rule(indicatorId).map(rule -> rule.kind() != RuleKind.NOT_APPLICABLE).orElse(true);
    }
}
