package org.supervisionflow.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.supervisionflow.contracts.MessageTypes;
import org.supervisionflow.contracts.SupervisionMessage;
import org.supervisionflow.platform.messaging.CloudEventMapper;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Sends and reads our CloudEvents on a real broker, as another service would: for consumer tests (send a
 * command or event) and producer tests (wait for what a service published).
 */
public final class KafkaTestClient implements AutoCloseable {

    private final String bootstrapServers;
    private final CloudEventMapper mapper;
    private final KafkaProducer<String, byte[]> producer;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        ObjectMapper objectMapper = JsonMapper.builder().findAndAddModules().build();
        this.mapper = new CloudEventMapper(objectMapper, "test-client");
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends the message as its owning service would: CloudEvent headers, keyed by assignment. */
    public void send(SupervisionMessage message) {
        Message<byte[]> kafkaMessage = mapper.toKafkaMessage(message);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                (String) kafkaMessage.getHeaders().get(KafkaHeaders.TOPIC),
                (String) kafkaMessage.getHeaders().get(KafkaHeaders.KEY), kafkaMessage.getPayload());
        kafkaMessage.getHeaders().forEach((name, value) -> {
            if (value instanceof byte[] bytes) {
                record.headers().add(name, bytes);
            }
        });
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send " + message, e);
        }
    }

    /**
     * Reads the topic of {@code type} from the beginning until {@code count} messages of that type match,
     * or the timeout passes; returns what matched.
     */
    public <T extends SupervisionMessage> List<T> await(Class<T> type, Predicate<? super T> matching, int count,
            Duration timeout) {
        String topic = MessageTypes.topicOf(type).topicName();
        List<T> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                    mapper.read(record).filter(type::isInstance).map(type::cast).filter(matching).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    @Override
    public void close() {
        producer.close();
    }
}
