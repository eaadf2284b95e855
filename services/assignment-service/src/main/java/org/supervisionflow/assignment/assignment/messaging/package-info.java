/** Kafka consumers of assignment-service: the workflow engine's stage changes. */
package org.supervisionflow.assignment.assignment.messaging;
