package org.supervisionflow.review.review;

/** Which part of the review queue to list. */
public enum QueueFilter {
    /** Reviews no auditor holds. */
    UNCLAIMED,
    /** Reviews the caller holds and has not decided yet. */
    MINE,
    /** Every review, decided ones included. */
    ALL
}
