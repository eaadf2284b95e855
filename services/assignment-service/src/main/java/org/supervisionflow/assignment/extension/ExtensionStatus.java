package org.supervisionflow.assignment.extension;

/**
 * Where an extension request stands: waiting for the office, granted, or denied; or closed undecided because it can
 * no longer apply: {@code WITHDRAWN} with its assignment, {@code OBSOLETE} once the report or the finding's answer it
 * asked more time for was submitted.
 */
public enum ExtensionStatus {
    PENDING,
    GRANTED,
    DENIED,
    WITHDRAWN,
    OBSOLETE
}
