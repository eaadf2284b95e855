package org.supervisionflow.review.scoring;

import java.math.BigDecimal;

/**
 * What the auditor found for one indicator, as its rule needs it: how many occurrences (deductions, bonuses), the
 * metric value the department reported (thresholds; 1/0 for yes/no), whether the veto condition happened.
 */
public record ScoringInput(Integer occurrences, BigDecimal metricValue, Boolean vetoed) {

    public static final ScoringInput NONE = new ScoringInput(null, null, null);
}
