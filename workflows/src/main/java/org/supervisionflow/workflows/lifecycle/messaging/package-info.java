/**
 * Kafka in: assignment, submission and review events that start and move report lifecycles, each taken once via
 * the inbox, one listener per topic.
 */
package org.supervisionflow.workflows.lifecycle.messaging;
