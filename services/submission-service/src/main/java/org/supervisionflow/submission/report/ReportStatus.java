package org.supervisionflow.submission.report;

import java.time.LocalDate;

/** Where a report stands inside submission-service; the workflow engine's commands move it. */
public enum ReportStatus {

    /** The workspace is open and the department drafts its answer. */
    OPEN_FOR_DRAFTING(true);

    private final boolean awaitsSubmission;

    ReportStatus(boolean awaitsSubmission) {
        this.awaitsSubmission = awaitsSubmission;
    }

    /**
     * Whether a report in this status is late: the department still owes its submission and the due date
     * has passed. The due date itself is still on time (due by the end of that day).
     */
    public boolean overdue(LocalDate dueDate, LocalDate today) {
        return awaitsSubmission && today.isAfter(dueDate);
    }
}
