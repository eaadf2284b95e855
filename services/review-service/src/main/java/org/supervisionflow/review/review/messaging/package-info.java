/**
 * What review-service hears about reviews from elsewhere: the grade the workflow engine derived from a decided
 * review's total, and the figures a department reported with each submitted version.
 */
package org.supervisionflow.review.review.messaging;
