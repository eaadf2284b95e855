package org.supervisionflow.contracts;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** One indicator (二级指标) a department answers for in an assignment, with what the report must give for it. */
public record AssignedIndicator(
        UUID indicatorId,
        String code,
        String aspectTitle,
        String title,
        String requirement,
        BigDecimal maxPoints,
        IndicatorRole role,
        List<MetricSpec> metrics,
        String expectedEvidence) {
}
