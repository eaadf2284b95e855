package org.supervisionflow.review;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;

/**
 * What every integration test of the service starts from: the HTTP API as the gateway calls it, a Kafka client for
 * the messages other services send, and the fixtures built on both. The client lives as long as the test class.
 */
public abstract class KafkaIntegrationSupport {

    protected static KafkaTestClient kafka;

    protected final Api api;
    protected final Fixtures fixtures;

    protected KafkaIntegrationSupport(TestRestTemplate http) {
        this.api = new Api(http);
        this.fixtures = new Fixtures(api, kafka);
    }

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }
}
