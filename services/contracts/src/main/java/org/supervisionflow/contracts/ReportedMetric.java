package org.supervisionflow.contracts;

import java.math.BigDecimal;
import java.util.UUID;

/** One structured figure a department reported for an indicator (yes/no as 1 or 0), as scoring rules read it. */
public record ReportedMetric(UUID indicatorId, String metricCode, BigDecimal value) {
}
