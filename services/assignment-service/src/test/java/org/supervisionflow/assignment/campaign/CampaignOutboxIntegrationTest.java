package org.supervisionflow.assignment.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.supervisionflow.assignment.Api.expect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.supervisionflow.assignment.Api;
import org.supervisionflow.assignment.TestData;
import org.supervisionflow.assignment.TestDatabases;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The transactional outbox: a campaign published while Kafka is unreachable is published all the same, and every
 * {@code AssignmentIssued} reaches Kafka once a broker appears. This context has its own database (so no other
 * context's resubmitter sends its events) and a Kafka address where nothing listens until the test starts a broker.
 */
@EmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "supervision.messaging.resubmit-older-than=2s",
        "supervision.messaging.resubmit-every=1s",
        "spring.kafka.consumer.group-id=assignment-service-outbox-test",
        // Sends give up after 2 s instead of 10 s, so the test sees first attempts fail and get resubmitted.
        "spring.kafka.producer.properties.max.block.ms=2000",
        // Topics appear through the broker's auto-creation; creating them at start-up would only wait for a timeout.
        "spring.kafka.admin.auto-create=false" })
@DirtiesContext
class CampaignOutboxIntegrationTest {

    private static final int KAFKA_PORT = freePort();

    private static EmbeddedKafkaKraftBroker lateBroker;

    private final Api api;
    private final JdbcClient jdbc;

    CampaignOutboxIntegrationTest(@Autowired TestRestTemplate http, @Autowired JdbcClient jdbc) {
        this.api = new Api(http);
        this.jdbc = jdbc;
    }

    /** Outranks the system properties @EmbeddedInfrastructure sets for the shared servers. */
    @DynamicPropertySource
    static void unreachableKafkaAndOwnDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> "localhost:" + KAFKA_PORT);
        registry.add("spring.datasource.url", () -> TestDatabases.create("assignment_outbox_test"));
    }

    @AfterAll
    static void stopLateBroker() {
        if (lateBroker != null) {
            lateBroker.destroy();
        }
    }

    @Test
    void aCampaignPublishedWhileKafkaIsDownReachesKafkaOnceABrokerIsUp() {
        UUID frameworkId = UUID.fromString(api.createFramework(TestData.framework("出站箱测试用分解表")).get("id").asText());
        UUID campaignId = api.createCampaign(TestData.campaign(frameworkId, LocalDate.now().plusDays(30),
                "sifa", "shichang", "minzheng"));

        long started = System.nanoTime();
        JsonNode published = api.publish(campaignId);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(took).as("the request does not wait for Kafka").isLessThan(Duration.ofSeconds(8));
        Set<UUID> assignmentIds = new HashSet<>();
        expect(api.get("/api/assignments?campaignId=" + campaignId, TestTokens.officeAdmin()), 200)
                .forEach(a -> assignmentIds.add(UUID.fromString(a.get("id").asText())));
        assertThat(assignmentIds).hasSize(3);
        // Let the first attempts and a few resubmissions fail: the events must still be waiting in the outbox.
        await().pollDelay(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(7)).until(() -> true);
        assertThat(incompletePublications()).isEqualTo(3);

        lateBroker = EmbeddedServers.startKafka(KAFKA_PORT);
        assertThat(lateBroker.getBrokersAsString()).isEqualTo("localhost:" + KAFKA_PORT);

        try (KafkaTestClient kafka = new KafkaTestClient(lateBroker.getBrokersAsString())) {
            Set<UUID> arrived = new HashSet<>();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                kafka.await(AssignmentIssued.class, event -> event.scope().campaignId().equals(campaignId), 3,
                        Duration.ofSeconds(2)).forEach(event -> arrived.add(event.assignmentId()));
                return arrived.equals(assignmentIds);
            });
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> incompletePublications() == 0);
    }

    private int incompletePublications() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Integer.class).single();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
