package org.supervisionflow.review.scoring.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.review.scoring.RuleKind;
import org.supervisionflow.review.scoring.ScoringRule;
import org.supervisionflow.review.scoring.ThresholdBand;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A campaign's complete rules, published as its next version; {@code bonusCap} caps the bonus points of a report. */
record RuleSetRequest(
        @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal bonusCap,
        @NotNull @Size(max = 500) List<@NotNull @Valid Rule> rules) {

    List<ScoringRule> scoringRules() {
        return rules.stream().map(Rule::scoringRule).toList();
    }

    /** One indicator's rule; which parameters it needs depends on its kind. */
    record Rule(
            @NotNull UUID indicatorId,
            @NotNull RuleKind kind,
            @Size(max = 1000) String text,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 5, fraction = 2) BigDecimal perOccurrence,
            @Size(max = 100) String occurrenceLabel,
            @Size(max = 1000) String vetoCondition,
            @Size(max = 100) String metricCode,
            @Size(max = 10) List<@NotNull @Valid Band> bands) {

        ScoringRule scoringRule() {
            return new ScoringRule(indicatorId, kind, blankToNull(text), perOccurrence, blankToNull(occurrenceLabel),
                    blankToNull(vetoCondition), blankToNull(metricCode),
                    bands == null ? List.of() : bands.stream().map(Band::band).toList());
        }
    }

    /** A reported value below {@code below} deducts {@code deduction} points. */
    record Band(
            @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal below,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 5, fraction = 2) BigDecimal deduction) {

        ThresholdBand band() {
            return new ThresholdBand(below, deduction);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
