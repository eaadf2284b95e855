package org.supervisionflow.contracts;

/** How grave a finding (问题) is. */
public enum FindingSeverity {
    /** 一般. */
    GENERAL,
    /** 较重. */
    SERIOUS,
    /** 严重. */
    SEVERE
}
