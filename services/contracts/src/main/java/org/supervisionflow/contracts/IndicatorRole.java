package org.supervisionflow.contracts;

/** Whether a department answers for an indicator as its lead unit (牵头单位) or as a co-unit (配合单位). */
public enum IndicatorRole {
    LEAD,
    CO_UNIT
}
