package org.supervisionflow.review.scope;

import java.math.BigDecimal;
import java.util.UUID;

/** An indicator an assignment asks for, with the most points a review may give it. */
public record ScopedIndicator(UUID indicatorId, String code, String aspectTitle, String title, BigDecimal maxPoints) {
}
