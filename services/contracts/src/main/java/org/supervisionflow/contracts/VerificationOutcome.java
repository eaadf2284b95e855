package org.supervisionflow.contracts;

/** What an auditor concluded about a rectification answer. */
public enum VerificationOutcome {
    /** 销号: the finding is closed. */
    CLOSED,
    /** 退回: the department must rectify again. */
    REJECTED
}
