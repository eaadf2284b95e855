package org.supervisionflow.testsupport.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;
import org.supervisionflow.testsupport.EmbeddedServers;

/** A per-class test instance loads its context before any before-all callback: it must still get the embedded servers. */
@EmbeddedInfrastructure
@SpringBootTest(properties = "supervision.messaging.retry.max-attempts=30")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerClassLifecycleIntegrationTest {

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Value("${supervision.messaging.retry.max-attempts}")
    int retryAttempts;

    @Test
    void keepsWhatTheTestSetsItself() {
        assertThat(retryAttempts).isEqualTo(30);
    }

    @Test
    void talksToTheEmbeddedServersNotTheLocalStack() {
        assertThat(databaseUrl).isEqualTo(EmbeddedServers.postgresJdbcUrl()).doesNotContain(":55432/");
        assertThat(kafka).isEqualTo(EmbeddedServers.kafkaBootstrapServers()).isNotEqualTo("localhost:9092");
    }
}
