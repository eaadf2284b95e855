package org.supervisionflow.contracts;

/** The grade derived from a report's total score. */
public enum Grade {
    /** 优秀. */
    EXCELLENT,
    /** 良好. */
    GOOD,
    /** 合格. */
    PASS,
    /** 不合格. */
    FAIL
}
