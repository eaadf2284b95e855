package org.supervisionflow.review.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One indicator's rule. Which fields it uses depends on its kind: {@code perOccurrence} and {@code occurrenceLabel}
 * for deductions and bonuses, {@code vetoCondition} for a veto, {@code metricCode} and {@code bands} for thresholds;
 * {@code text} is the rule as the office wrote it (e.g. 每发现一件不规范文件扣0.5分，扣完为止).
 */
public record ScoringRule(UUID indicatorId, RuleKind kind, String text, BigDecimal perOccurrence,
        String occurrenceLabel, String vetoCondition, String metricCode, List<ThresholdBand> bands) {

    public ScoringRule {
        bands = bands == null ? List.of() : List.copyOf(bands);
    }
}
