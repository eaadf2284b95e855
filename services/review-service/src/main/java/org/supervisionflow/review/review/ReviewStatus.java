package org.supervisionflow.review.review;

/** Where a review stands in the auditors' queue. */
public enum ReviewStatus {
    /** Waiting for an auditor to take it. */
    UNCLAIMED,
    /** An auditor holds it and is scoring it. */
    CLAIMED,
    /** The decision is made; nothing about the review changes any more. */
    DECIDED,
    /** The office withdrew the assignment before a decision; nothing about the review changes any more. */
    WITHDRAWN
}
