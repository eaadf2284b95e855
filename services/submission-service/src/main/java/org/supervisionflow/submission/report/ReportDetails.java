package org.supervisionflow.submission.report;

/** The report's own fields as its drafter saves them: the version they edited, contact and 文号. */
public record ReportDetails(long version, String contactPerson, String contactPhone, String documentNumber) {
}
