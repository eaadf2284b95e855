package org.supervisionflow.contracts;

/** An auditor's overall decision on a submitted report. */
public enum ReviewDecision {
    /** 通过. */
    ACCEPT,
    /** 通过，但存在问题需整改. */
    ACCEPT_WITH_FINDINGS,
    /** 退回修改. */
    RETURN
}
