package org.supervisionflow.platform.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.supervisionflow.contracts.MessageTypes;
import org.supervisionflow.contracts.SupervisionMessage;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;

/**
 * Our records as CloudEvents 1.0 in Kafka binary mode ({@code ce_*} headers, JSON data) and back. The
 * record's id is the CloudEvent id and its assignment id the subject and the Kafka key.
 */
public class CloudEventMapper {

    private final ObjectMapper objectMapper;
    private final URI source;

    public CloudEventMapper(ObjectMapper objectMapper, String applicationName) {
        this.objectMapper = objectMapper;
        this.source = URI.create("urn:supervisionflow:" + applicationName);
    }

    /** The Kafka message Spring Modulith's externalizer sends for a published record. */
    public Message<byte[]> toKafkaMessage(SupervisionMessage message) {
        String topic = MessageTypes.topicOf(message.getClass()).topicName();
        String key = message.assignmentId().toString();
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(topic, key)
                .writeBinary(toCloudEvent(message));
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload(record.value())
                .setHeader(KafkaHeaders.TOPIC, topic)
                .setHeader(KafkaHeaders.KEY, key);
        for (Header header : record.headers()) {
            builder.setHeader(header.key(), header.value());
        }
        return builder.build();
    }

    CloudEvent toCloudEvent(SupervisionMessage message) {
        try {
            return CloudEventBuilder.v1()
                    .withId(message.id().toString())
                    .withSource(source)
                    .withType(MessageTypes.typeOf(message.getClass()))
                    .withSubject(message.assignmentId().toString())
                    .withTime(message.occurredAt().atOffset(ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .withData(objectMapper.writeValueAsBytes(message))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The record a Kafka message carries, or empty for a type this build does not know (a newer
     * version or another service's message on a shared topic), which consumers skip.
     */
    public Optional<SupervisionMessage> read(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
        Optional<Class<?>> type = MessageTypes.classOf(event.getType());
        if (type.isEmpty() || event.getData() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of((SupervisionMessage) objectMapper.readValue(event.getData().toBytes(), type.get()));
        } catch (IOException e) {
            throw new UnreadableMessageException(event.getType() + " " + event.getId(), e);
        }
    }
}
