package org.supervisionflow.submission.report;

import java.util.List;
import java.util.UUID;

import org.supervisionflow.contracts.IndicatorRole;

/** A section as a submitted version holds it: which section and indicator, the narrative and the figures. */
public record SectionSnapshot(UUID sectionId, SectionKind kind, String title, UUID indicatorId, String indicatorCode,
        IndicatorRole role, String narrative, List<MetricValue> metrics) {

    public SectionSnapshot {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    static SectionSnapshot of(ReportSection section) {
        SectionIndicator indicator = section.indicator();
        return new SectionSnapshot(section.id(), section.kind(), section.title(),
                indicator == null ? null : indicator.indicatorId(), indicator == null ? null : indicator.code(),
                indicator == null ? null : indicator.role(), section.narrative(), section.metrics());
    }
}
