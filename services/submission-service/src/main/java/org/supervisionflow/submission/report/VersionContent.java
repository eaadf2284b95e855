package org.supervisionflow.submission.report;

import java.util.List;

/** What a submitted version says, in full: contact, the report's 文号 and every section as it was approved. */
public record VersionContent(String contactPerson, String contactPhone, String documentNumber,
        List<SectionSnapshot> sections) {

    public VersionContent {
        sections = List.copyOf(sections);
    }

    static VersionContent of(Report report) {
        return new VersionContent(report.contact().person(), report.contact().phone(), report.documentNumber(),
                report.sections().stream().map(SectionSnapshot::of).toList());
    }
}
