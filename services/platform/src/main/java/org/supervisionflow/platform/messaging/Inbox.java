package org.supervisionflow.platform.messaging;

import java.util.Optional;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.supervisionflow.contracts.SupervisionMessage;

/**
 * The idempotent receiving side: a message's effect and the record of its id commit in one database
 * transaction, so a redelivered or replayed message has no second effect.
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final CloudEventMapper mapper;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public Inbox(CloudEventMapper mapper, JdbcClient jdbc, TransactionTemplate transactions) {
        this.mapper = mapper;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Applies {@code effect} to the message once. Messages of other types on the same topic, and types
     * this build does not know, are skipped.
     */
    public <T extends SupervisionMessage> void receive(ConsumerRecord<String, byte[]> record, Class<T> expected,
            Consumer<? super T> effect) {
        receive(record, "", expected, effect);
    }

    /**
     * The same for a second listener of the service on a topic (in its own consumer group), e.g. a projection:
     * {@code consumer} names it, so that each listener sees every message once.
     */
    public <T extends SupervisionMessage> void receive(ConsumerRecord<String, byte[]> record, String consumer,
            Class<T> expected, Consumer<? super T> effect) {
        Optional<SupervisionMessage> message = mapper.read(record);
        if (message.isEmpty() || !expected.isInstance(message.get())) {
            log.debug("Skipping message at {}-{}@{}: not a {}", record.topic(), record.partition(), record.offset(),
                    expected.getSimpleName());
            return;
        }
        T received = expected.cast(message.get());
        transactions.executeWithoutResult(status -> {
            if (firstDelivery(consumer, received)) {
                effect.accept(received);
            } else {
                log.info("Skipping {} {}: already received", received.getClass().getSimpleName(), received.id());
            }
        });
    }

    private boolean firstDelivery(String consumer, SupervisionMessage message) {
        return jdbc.sql("""
                insert into inbox_message (consumer, message_id, message_type, assignment_id)
                values (:consumer, :id, :type, :assignmentId)
                on conflict (consumer, message_id) do nothing""")
                .param("consumer", consumer)
                .param("id", message.id())
                .param("type", message.getClass().getSimpleName())
                .param("assignmentId", message.assignmentId())
                .update() == 1;
    }
}
