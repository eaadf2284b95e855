/** Kafka adapters: the events of every topic, each once through the idempotent inbox. */
package org.supervisionflow.notification.inbox.messaging;
