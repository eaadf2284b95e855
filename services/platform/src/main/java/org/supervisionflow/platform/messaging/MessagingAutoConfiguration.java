package org.supervisionflow.platform.messaging;

import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.messaging.Message;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.config.EventExternalizationAutoConfiguration;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;
import org.supervisionflow.contracts.MessageTypes;
import org.supervisionflow.contracts.SupervisionMessage;
import org.supervisionflow.contracts.Topic;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The messaging set-up of every service. Publishing: business code publishes a {@link SupervisionMessage}
 * as a Spring application event inside its transaction; Spring Modulith stores it in
 * {@code event_publication} in that same transaction and, after commit, hands it to the externalizer
 * below, which sends it as a CloudEvent and marks it complete only when Kafka acknowledged it.
 * Whatever stays incomplete (Kafka down, process killed) is resubmitted by {@link OutboxResubmitter}.
 * Async is on so that the send runs on the task executor, never on the request thread that committed.
 */
@AutoConfiguration(before = EventExternalizationAutoConfiguration.class)
@EnableScheduling
@EnableAsync
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    CloudEventMapper cloudEventMapper(ObjectMapper objectMapper, @Value("${spring.application.name}") String applicationName) {
        return new CloudEventMapper(objectMapper, applicationName);
    }

    /**
     * Spring Modulith builds its event listener factory from this while bean factory post-processors still run,
     * so the mapper (and with it Jackson's ObjectMapper) is looked up only when an event is sent: created that
     * early, the ObjectMapper would miss every {@code spring.jackson.*} property.
     */
    @Bean
    EventExternalizationConfiguration cloudEventExternalization(ObjectProvider<CloudEventMapper> mapper) {
        return EventExternalizationConfiguration.externalizing()
                .selectByType(SupervisionMessage.class)
                .mapping(SupervisionMessage.class, message -> mapper.getObject().toKafkaMessage(message))
                .route(SupervisionMessage.class, message -> RoutingTarget
                        .forTarget(MessageTypes.topicOf(message.getClass()).topicName())
                        .andKey(message.assignmentId().toString()))
                .build();
    }

    /** The same externalizer spring-modulith-events-kafka would register, sending our CloudEvent messages. */
    @Bean
    DelegatingEventExternalizer cloudEventExternalizer(EventExternalizationConfiguration configuration,
            KafkaOperations<Object, Object> kafka) {
        return new DelegatingEventExternalizer(configuration, (target, payload) -> kafka.send((Message<?>) payload));
    }

    @Bean
    OutboxResubmitter outboxResubmitter(IncompleteEventPublications publications, MessagingProperties properties) {
        return new OutboxResubmitter(publications, properties);
    }

    @Bean
    Inbox inbox(CloudEventMapper mapper, JdbcClient jdbc, TransactionTemplate transactions) {
        return new Inbox(mapper, jdbc, transactions);
    }

    /** The topics this service owns, and the dead-letter topics of those it consumes, with as many partitions. */
    @Bean
    KafkaAdmin.NewTopics supervisionTopics(MessagingProperties properties) {
        return new KafkaAdmin.NewTopics(Stream.concat(
                properties.publishes().stream().map(topic -> topic.topicName()),
                properties.consumes().stream().map(topic -> topic.deadLetterTopicName()))
                .distinct()
                .map(name -> topic(name, properties))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic topic(String name, MessagingProperties properties) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicas()).build();
    }

    /** Retries with exponential back-off, then the record goes to {@code <topic>.DLT}, same partition. */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler deadLetteringErrorHandler(KafkaOperations<Object, Object> kafka, MessagingProperties properties) {
        MessagingProperties.Retry retry = properties.retry();
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.maxAttempts() - 1);
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        // Spring Kafka's default destination is <topic>-dlt, which nobody creates; ours is <topic>.DLT.
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(record.topic() + Topic.DEAD_LETTER_SUFFIX, record.partition()));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(UnreadableMessageException.class);
        return handler;
    }

    /** Adds the platform's own migrations (outbox and inbox tables) to the service's Flyway history. */
    @Bean
    FlywayConfigurationCustomizer platformMigrations() {
        return configuration -> configuration.locations(Stream.concat(
                Stream.of(configuration.getLocations()).map(Object::toString),
                Stream.of("classpath:db/platform")).distinct().toArray(String[]::new));
    }
}
