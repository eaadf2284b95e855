package org.supervisionflow.review.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.supervisionflow.review.Api.expect;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.supervisionflow.contracts.Topic;
import org.supervisionflow.contracts.assignment.ExtensionGranted;
import org.supervisionflow.review.DeadLetters;
import org.supervisionflow.review.Fixtures;
import org.supervisionflow.review.KafkaIntegrationSupport;
import org.supervisionflow.review.Messages;
import org.supervisionflow.review.ReviewServiceTest;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

@ReviewServiceTest
class FindingDeadlineIntegrationTest extends KafkaIntegrationSupport {

    private final JdbcClient jdbc;

    FindingDeadlineIntegrationTest(@Autowired TestRestTemplate http, @Autowired JdbcClient jdbc) {
        super(http);
        this.jdbc = jdbc;
    }

    @Test
    void aGrantedExtensionMovesOnlyItsFindingsDeadlineAndShowsTheOriginalOne() {
        Fixtures.Issued issued = fixtures.issuedFindings("minzheng");
        UUID findingId = issued.findingIds().getFirst();
        LocalDate original = LocalDate.now().plusDays(30);
        LocalDate extended = original.plusDays(20);
        ExtensionGranted granted = Messages.extensionGranted(issued.assignmentId(), findingId, original, extended,
                Instant.now());

        kafka.send(granted);
        kafka.send(granted);
        await().atMost(Fixtures.DELIVERY).until(() -> deadline(findingId).equals(extended.toString()));

        JsonNode finding = expect(api.get("/api/findings/" + findingId, TestTokens.submitter("minzheng")), 200);
        assertThat(finding.get("originalDeadline").asText()).isEqualTo(original.toString());
        assertThat(finding.has("deadlineMovedAt")).isTrue();
        assertThat(deadline(issued.findingIds().get(1))).isEqualTo(original.toString());
        assertThat(Fixtures.received(jdbc, granted.id())).isTrue();
    }

    @Test
    void anOlderGrantArrivingLateLeavesTheNewerDeadline() {
        Fixtures.Issued issued = fixtures.issuedFindings("sifa");
        UUID findingId = issued.findingIds().getFirst();
        LocalDate original = LocalDate.now().plusDays(30);
        Instant now = Instant.now();
        ExtensionGranted older = Messages.extensionGranted(issued.assignmentId(), findingId, original,
                original.plusDays(10), now.minus(1, ChronoUnit.HOURS));
        ExtensionGranted newer = Messages.extensionGranted(issued.assignmentId(), findingId, original.plusDays(10),
                original.plusDays(40), now);

        kafka.send(newer);
        kafka.send(older);
        await().atMost(Fixtures.DELIVERY).until(() -> Fixtures.received(jdbc, older.id()));

        assertThat(deadline(findingId)).isEqualTo(original.plusDays(40).toString());
    }

    @Test
    void aReportExtensionChangesNoFindingAndAGrantForAFindingNeverIssuedIsDeadLettered() {
        Fixtures.Issued issued = fixtures.issuedFindings("shichang");
        LocalDate original = LocalDate.now().plusDays(30);
        ExtensionGranted forTheReport = Messages.extensionGranted(issued.assignmentId(), null, original,
                original.plusDays(5), Instant.now());
        UUID strayAssignment = UUID.randomUUID();
        ExtensionGranted stray = Messages.extensionGranted(strayAssignment, UUID.randomUUID(), original,
                original.plusDays(5), Instant.now());

        kafka.send(forTheReport);
        kafka.send(stray);
        await().atMost(Fixtures.DELIVERY).until(() -> Fixtures.received(jdbc, forTheReport.id()));

        assertThat(issued.findingIds()).allSatisfy(id -> assertThat(deadline(id)).isEqualTo(original.toString()));
        assertThat(DeadLetters.awaitExceptionMessage(Topic.ASSIGNMENT_EVENTS, strayAssignment))
                .contains("was never issued");
    }

    private String deadline(UUID findingId) {
        return expect(api.get("/api/findings/" + findingId, TestTokens.auditor()), 200).get("deadline").asText();
    }
}
