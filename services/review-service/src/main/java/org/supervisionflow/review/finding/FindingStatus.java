package org.supervisionflow.review.finding;

/** Where a finding stands on its way to being closed (销号). */
public enum FindingStatus {
    /** Issued, or sent back: waiting for the department's rectification answer. */
    OPEN,
    /** The department's answer awaits an auditor's verification. */
    ANSWERED,
    /** An auditor verified the answer and closed the finding (销号). */
    CLOSED
}
