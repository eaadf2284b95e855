package org.supervisionflow.review.review.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An indicator's score (0 up to its points, two decimals at most), the auditor's comment, and why the score departs
 * from the scoring rule's suggestion when it does.
 */
record ScoreRequest(
        @NotNull @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal score,
        @Size(max = 4000) String comment,
        @Size(max = 4000) String overrideReason) {
}
