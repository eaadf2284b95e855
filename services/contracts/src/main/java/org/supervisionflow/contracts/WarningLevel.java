package org.supervisionflow.contracts;

/** The warning (预警) a missed deadline earns, raised step by step. */
public enum WarningLevel {
    /** 黄牌. */
    YELLOW,
    /** 红牌. */
    RED
}
