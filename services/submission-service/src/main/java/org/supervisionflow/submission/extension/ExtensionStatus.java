package org.supervisionflow.submission.extension;

/**
 * Where an extension request stands: the office has not decided yet, granted it, or denied it; or it was closed
 * undecided because it can no longer apply: {@code WITHDRAWN} with its assignment, {@code OBSOLETE} once the report or
 * the finding's answer it asked more time for was handed in, or the report's lifecycle closed.
 */
public enum ExtensionStatus {
    PENDING,
    GRANTED,
    DENIED,
    WITHDRAWN,
    OBSOLETE
}
