package org.supervisionflow.review.review;

import java.math.BigDecimal;
import java.util.UUID;

import org.supervisionflow.review.scoring.ScoringInput;

/**
 * An indicator under review with its points, what the auditor found for its scoring rule ({@code input}), and once
 * scored, its score and comment; a score that departs from the rule's suggestion keeps that suggestion and the reason.
 */
public record IndicatorScore(UUID indicatorId, String code, String aspectTitle, String title, BigDecimal maxPoints,
        ScoringInput input, BigDecimal score, String comment, BigDecimal overriddenSuggestion, String overrideReason) {

    boolean scored() {
        return score != null;
    }
}
