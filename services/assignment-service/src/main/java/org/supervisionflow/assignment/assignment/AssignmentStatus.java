package org.supervisionflow.assignment.assignment;

/** This service's own fact about an assignment; the lifecycle stage beside it belongs to the workflow engine. */
public enum AssignmentStatus {
    ISSUED,
    WITHDRAWN
}
