package org.supervisionflow.contracts;

/** The kinds of structured figure an indicator can ask for. */
public enum MetricKind {
    /** A count, zero or more. */
    COUNT,
    /** A percentage between 0 and 100. */
    PERCENTAGE,
    /** Yes or no. */
    YES_NO
}
