package org.supervisionflow.submission.report.web;

import java.util.UUID;

import org.supervisionflow.submission.report.LeaderRejection;
import org.supervisionflow.submission.report.Report;
import org.supervisionflow.submission.report.ReportStatus;

import io.swagger.v3.oas.annotations.media.Schema;

/** A report's own fields after a change: what the caller needs to go on editing (the new version) and its status. */
record ReportView(UUID id, ReportStatus status,
        @Schema(description = "Optimistic-locking version; the next change sends it back") long version,
        String contactPerson, String contactPhone, String documentNumber,
        @Schema(description = "Submitted versions so far") int versions,
        @Schema(description = "The leader's last rejection, until the next approval") LeaderRejection lastRejection) {

    static ReportView of(Report report) {
        return new ReportView(report.id(), report.status(), report.version(), report.contact().person(),
                report.contact().phone(), report.documentNumber(), report.versions(), report.lastRejection());
    }
}
