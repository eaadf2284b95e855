package org.supervisionflow.assignment.extension;

/** Where an extension request stands: waiting for the office, granted, or denied. */
public enum ExtensionStatus {
    PENDING,
    GRANTED,
    DENIED
}
