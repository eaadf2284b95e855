package org.supervisionflow.submission.report;

import static org.supervisionflow.submission.report.OpenReportCommands.openReport;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.testsupport.TestTokens;

/**
 * What the report integration tests share: the service on a random port with embedded PostgreSQL and Kafka, a
 * Kafka client for the class, the API as users call it, and before each test a newly opened report of 民政局.
 */
@EmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ReportIntegrationTest {

    /** How long a published event may take to arrive. */
    static final Duration DELIVERY = Duration.ofSeconds(30);
    /** How long to watch for an event that must not come. */
    static final Duration QUIET = Duration.ofSeconds(4);

    static KafkaTestClient kafka;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ReportOpening opening;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Report report;
    String base;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @BeforeEach
    void openMinzhengsReport() {
        api = new Api(http);
        report = opening.open(openReport("minzheng", true)).orElseThrow();
        base = "/api/reports/" + report.id();
    }

    /** Drafts the court-appearance section and the report's own fields, as the submitter does before sending. */
    void draft(String courtNarrative, int courtAppearanceRate) {
        Api.ok(api.put(sectionPath(2), TestTokens.submitter("minzheng"), Api.section(0, courtNarrative,
                "court-appearance-rate", courtAppearanceRate, "judgments-executed", true)));
        Api.ok(api.put(base, TestTokens.submitter("minzheng"), Api.details(0, "张明", "0571-87050000", "民政〔2026〕5号")));
    }

    /** The path of the report's section at {@code index}. */
    String sectionPath(int index) {
        return base + "/sections/" + report.sections().get(index).id();
    }
}
