package org.supervisionflow.contracts;

/** Which deadline a reminder, warning or escalation is about. */
public enum DeadlineKind {
    /** The report's due date (报送截止). */
    REPORT_SUBMISSION,
    /** The auditors' time limit for reviewing a submitted report (审核时限). */
    REVIEW,
    /** A finding's rectification deadline (整改期限). */
    RECTIFICATION
}
