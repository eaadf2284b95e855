package org.supervisionflow.submission.report;

import java.util.UUID;

/**
 * One section of a report: a general one (overview, principal duty, problems, next steps) or the answer
 * for one indicator, which then carries {@code indicator}. Its place is its index in the report.
 */
public record ReportSection(UUID id, SectionKind kind, String title, SectionIndicator indicator, String narrative) {

    static ReportSection general(SectionKind kind) {
        return new ReportSection(UUID.randomUUID(), kind, kind.generalTitle(), null, "");
    }

    static ReportSection forIndicator(String title, SectionIndicator indicator) {
        return new ReportSection(UUID.randomUUID(), SectionKind.INDICATOR, title, indicator, "");
    }
}
