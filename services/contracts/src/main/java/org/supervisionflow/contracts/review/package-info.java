/** Events of review-service on {@code supervision.review.events}. */
package org.supervisionflow.contracts.review;
