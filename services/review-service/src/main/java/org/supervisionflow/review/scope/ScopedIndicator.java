package org.supervisionflow.review.scope;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.supervisionflow.contracts.MetricSpec;

/**
 * An indicator an assignment asks for, with the most points a review may give it and the structured figures the
 * department reports for it.
 */
public record ScopedIndicator(UUID indicatorId, String code, String aspectTitle, String title, BigDecimal maxPoints,
        List<MetricSpec> metrics) {

    public ScopedIndicator {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    public Optional<MetricSpec> metric(String metricCode) {
        return metrics.stream().filter(metric -> metric.code().equals(metricCode)).findFirst();
    }
}
