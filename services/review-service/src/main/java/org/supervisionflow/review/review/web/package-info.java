/** The REST API of reviews: the queue, claiming, scoring, deciding and reading a review. */
package org.supervisionflow.review.review.web;
