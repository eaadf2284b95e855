/** Kafka in: assignment and submission events that start and move report lifecycles, each taken once via the inbox. */
package org.supervisionflow.workflows.lifecycle.messaging;
