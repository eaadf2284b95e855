package org.supervisionflow.submission.report;

import java.time.LocalDate;

import org.supervisionflow.platform.problem.Text;

/** Where a report stands inside submission-service; its users and the workflow engine's commands move it. */
public enum ReportStatus {

    /** The workspace is open and the department drafts its answer (first draft, or revision after a return). */
    OPEN_FOR_DRAFTING(true, "填报中", "open for drafting"),
    /** The submitter sent the draft to the department leader; nobody edits it until the leader decides. */
    AWAITING_LEADER_APPROVAL(true, "待负责人审批", "awaiting the leader's approval"),
    /** The leader approved: the content went out as an immutable version; edits wait for a return. */
    SUBMITTED(false, "已报送", "submitted"),
    /** The lifecycle ended (closed or withdrawn): no further changes. */
    CLOSED(false, "已关闭", "closed");

    private final boolean awaitsSubmission;
    private final Text label;

    ReportStatus(boolean awaitsSubmission, String zh, String en) {
        this.awaitsSubmission = awaitsSubmission;
        this.label = Text.of(zh, en);
    }

    /** The status as people name it. */
    Text label() {
        return label;
    }

    /** Whether the department still owes its submission (drafting or awaiting its leader). */
    public boolean awaitsSubmission() {
        return awaitsSubmission;
    }

    /**
     * Whether a report in this status is late: the department still owes its submission and the due date
     * has passed. The due date itself is still on time (due by the end of that day).
     */
    public boolean overdue(LocalDate dueDate, LocalDate today) {
        return awaitsSubmission && today.isAfter(dueDate);
    }
}
