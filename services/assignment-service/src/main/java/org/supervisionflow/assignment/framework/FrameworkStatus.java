package org.supervisionflow.assignment.framework;

/** Whether a framework may still be edited. */
public enum FrameworkStatus {
    /** Being drafted: may be replaced as a whole. */
    DRAFT,
    /** A published campaign issued assignments from it: frozen, so what departments were asked stays true. */
    IN_USE
}
