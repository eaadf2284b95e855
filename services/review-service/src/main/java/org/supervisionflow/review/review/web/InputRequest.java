package org.supervisionflow.review.review.web;

import java.math.BigDecimal;

import org.supervisionflow.review.scoring.ScoringInput;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What the auditor found for an indicator's scoring rule: occurrences (deductions, bonuses), the metric value the
 * department reported (thresholds; percentages as 0–100, yes/no as 1/0), or whether the veto condition happened.
 */
record InputRequest(
        @Min(0) @Max(100000) Integer occurrences,
        @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal metricValue,
        Boolean vetoed) {

    ScoringInput input() {
        return new ScoringInput(occurrences, metricValue, vetoed);
    }
}
