/** Kafka consumers of the assignment projection: the workflow engine's stage changes, deadline marks and grades, review-service's decisions. */
package org.supervisionflow.assignment.assignment.messaging;
