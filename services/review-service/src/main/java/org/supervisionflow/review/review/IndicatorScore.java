package org.supervisionflow.review.review;

import java.math.BigDecimal;
import java.util.UUID;

/** An indicator under review with its points and, once scored, its score and the auditor's comment. */
public record IndicatorScore(UUID indicatorId, String code, String aspectTitle, String title, BigDecimal maxPoints,
        BigDecimal score, String comment) {

    boolean scored() {
        return score != null;
    }
}
