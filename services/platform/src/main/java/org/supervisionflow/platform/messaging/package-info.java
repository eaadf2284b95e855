/**
 * Kafka with CloudEvents: the transactional outbox (Spring Modulith's JDBC event publication registry,
 * externalized after commit), the idempotent inbox, retries and dead-letter topics, and topic creation.
 */
package org.supervisionflow.platform.messaging;
