package org.supervisionflow.submission.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.contracts.IndicatorRole;

/** The indicator (二级指标) an indicator section answers, as the assignment described it when the report opened. */
public record SectionIndicator(
        UUID indicatorId,
        String code,
        String aspectTitle,
        String requirement,
        BigDecimal maxPoints,
        IndicatorRole role,
        List<MetricRequirement> metrics,
        String expectedEvidence) {

    public SectionIndicator {
        metrics = List.copyOf(metrics);
    }
}
