package org.supervisionflow.notification;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.supervisionflow.notification.assignment.Assignments;
import org.supervisionflow.notification.directory.People;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;

/**
 * What every integration test of this service starts from: the shared context, a Kafka client that sends as the other
 * services do, the API as the gateway calls it, and the directory filled with the demo people.
 */
@NotificationServiceTest
abstract class IntegrationTestSupport {

    protected static KafkaTestClient kafka;

    @Autowired
    protected People people;
    @Autowired
    protected Assignments assignments;
    @Autowired
    private TestRestTemplate http;
    protected Api api;
    protected Inboxes inboxes;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @BeforeEach
    void fillDirectory() {
        api = new Api(http);
        inboxes = new Inboxes(api);
        Directory.fill(people);
    }
}
