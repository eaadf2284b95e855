package org.supervisionflow.review.verification;

/** Where the verification of one rectification answer stands. */
public enum VerificationStatus {
    /** The answer waits for an auditor. */
    PENDING,
    /** The auditor accepted the answer and closed the finding (销号). */
    CLOSED,
    /** The auditor sent the answer back with a reason. */
    REJECTED,
    /** A later answer to the same finding arrived before anyone verified this one. */
    SUPERSEDED
}
