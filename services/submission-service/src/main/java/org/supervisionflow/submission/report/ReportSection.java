package org.supervisionflow.submission.report;

import java.util.List;
import java.util.UUID;

/**
 * One section of a report: a general one (overview, principal duty, problems, next steps) or the answer
 * for one indicator, which then carries {@code indicator} and one {@code metrics} entry per figure it asks
 * for. Its place is its index in the report; {@code version} guards it against concurrent saves.
 */
public record ReportSection(UUID id, SectionKind kind, String title, SectionIndicator indicator, String narrative,
        List<MetricValue> metrics, long version, Modification lastModified) {

    public ReportSection {
        metrics = List.copyOf(metrics);
    }

    static ReportSection general(SectionKind kind) {
        return new ReportSection(UUID.randomUUID(), kind, kind.generalTitle(), null, "", List.of(), 0, null);
    }

    static ReportSection forIndicator(String title, SectionIndicator indicator) {
        List<MetricValue> empty = indicator.metrics().stream()
                .map(metric -> new MetricValue(metric.code(), metric.label(), metric.kind(), metric.unit(), null))
                .toList();
        return new ReportSection(UUID.randomUUID(), SectionKind.INDICATOR, title, indicator, "", empty, 0, null);
    }
}
