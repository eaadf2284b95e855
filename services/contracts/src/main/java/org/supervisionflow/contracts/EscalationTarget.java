package org.supervisionflow.contracts;

/** To whom a missed deadline is escalated (督办), in this order. */
public enum EscalationTarget {
    /** The department's leader (部门主要负责人). */
    DEPARTMENT_LEADER,
    /** The rule-of-law office (督察办). */
    OFFICE
}
