package org.supervisionflow.submission.report;

/** A report with its sections, as its readers see it on a given day (hence whether it is overdue). */
public record ReportWorkspace(Report report, boolean overdue) {
}
