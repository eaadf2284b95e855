/** Keeps the scope projection from assignment-service's events. */
package org.supervisionflow.review.scope.messaging;
