package org.supervisionflow.review.scoring;

import java.math.BigDecimal;

/** A reported value below {@code below} deducts {@code deduction} points; of several bands the largest deduction applies. */
public record ThresholdBand(BigDecimal below, BigDecimal deduction) {
}
