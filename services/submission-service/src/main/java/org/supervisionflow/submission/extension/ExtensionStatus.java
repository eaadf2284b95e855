package org.supervisionflow.submission.extension;

/** Where an extension request stands: the office has not decided yet, granted it, or denied it. */
public enum ExtensionStatus {
    PENDING,
    GRANTED,
    DENIED
}
