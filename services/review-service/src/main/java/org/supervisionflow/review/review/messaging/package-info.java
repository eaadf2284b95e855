/** What the workflow engine publishes about reviews: the grade it derived from a decided review's total. */
package org.supervisionflow.review.review.messaging;
