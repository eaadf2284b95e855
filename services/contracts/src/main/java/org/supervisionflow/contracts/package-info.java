/** The messages the services, the workflow engine and the gateway exchange over Kafka. */
package org.supervisionflow.contracts;
