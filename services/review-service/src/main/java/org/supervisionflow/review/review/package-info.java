/**
 * Reviews (审核): the auditors' queue of submitted report versions, claiming and releasing them, per-indicator
 * scores and the decision (accept, accept with findings, return for revision) that ends a review for good.
 */
package org.supervisionflow.review.review;
