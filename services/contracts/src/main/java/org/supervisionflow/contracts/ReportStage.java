package org.supervisionflow.contracts;

/** The lifecycle stages of one department's report, as DOMAIN.md draws them; the workflow engine owns them. */
public enum ReportStage {
    ASSIGNED,
    DRAFTING,
    AWAITING_LEADER_APPROVAL,
    SUBMITTED,
    UNDER_REVIEW,
    RETURNED,
    ACCEPTED,
    RECTIFYING,
    RECTIFICATION_SUBMITTED,
    VERIFYING,
    CLOSED,
    WITHDRAWN
}
