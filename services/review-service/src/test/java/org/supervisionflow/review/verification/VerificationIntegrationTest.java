package org.supervisionflow.review.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.supervisionflow.review.Api.expect;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.supervisionflow.contracts.Topic;
import org.supervisionflow.contracts.VerificationOutcome;
import org.supervisionflow.contracts.command.OpenVerification;
import org.supervisionflow.contracts.review.FindingVerified;
import org.supervisionflow.review.DeadLetters;
import org.supervisionflow.review.Fixtures;
import org.supervisionflow.review.KafkaIntegrationSupport;
import org.supervisionflow.review.Messages;
import org.supervisionflow.review.ReviewServiceTest;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

@ReviewServiceTest
class VerificationIntegrationTest extends KafkaIntegrationSupport {

    private final JdbcClient jdbc;

    VerificationIntegrationTest(@Autowired TestRestTemplate http, @Autowired JdbcClient jdbc) {
        super(http);
        this.jdbc = jdbc;
    }

    @Test
    void aRejectedAnswerReopensTheFindingAndAnAcceptedOneClosesIt() {
        Fixtures.Issued issued = fixtures.issuedFindings("minzheng");
        UUID findingId = issued.findingIds().getFirst();
        String finding = "/api/findings/" + findingId;
        UUID firstAnswer = UUID.randomUUID();

        kafka.send(Messages.openVerification(issued.assignmentId(), findingId, firstAnswer, 1));
        awaitStatus(findingId, "ANSWERED");

        JsonNode noReason = expect(api.post(finding + "/verify", Map.of("outcome", "REJECTED", "reason", " "),
                TestTokens.auditor()), 422);
        assertThat(noReason.get("code").asText()).isEqualTo("reason-required");
        JsonNode rejected = expect(api.post(finding + "/verify", Map.of("outcome", "REJECTED",
                "reason", "整改材料未附执法公示截图"), TestTokens.auditor()), 200);
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("verifiedByUsername").asText()).isEqualTo("auditor");
        assertThat(status(findingId)).isEqualTo("OPEN");
        assertThat(expect(api.post(finding + "/verify", Map.of("outcome", "CLOSED"), TestTokens.auditor()), 409)
                .get("code").asText()).isEqualTo("no-answer-to-verify");

        UUID secondAnswer = UUID.randomUUID();
        kafka.send(Messages.openVerification(issued.assignmentId(), findingId, secondAnswer, 2));
        awaitStatus(findingId, "ANSWERED");
        expect(api.post(finding + "/verify", Map.of("outcome", "CLOSED"), TestTokens.auditor()), 200);

        JsonNode closed = expect(api.get(finding, TestTokens.leader("minzheng")), 200);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.has("closedAt")).isTrue();
        assertThat(status(issued.findingIds().get(1))).isEqualTo("OPEN");

        List<FindingVerified> verified = kafka.await(FindingVerified.class,
                event -> event.findingId().equals(findingId), 2, Fixtures.DELIVERY);
        assertThat(verified).extracting(FindingVerified::outcome)
                .containsExactly(VerificationOutcome.REJECTED, VerificationOutcome.CLOSED);
        assertThat(verified).extracting(FindingVerified::answerId).containsExactly(firstAnswer, secondAnswer);
        assertThat(verified.getFirst().reason()).isEqualTo("整改材料未附执法公示截图");
        assertThat(verified.getFirst().assignmentId()).isEqualTo(issued.assignmentId());
        assertThat(verified.getFirst().auditor().username()).isEqualTo("auditor");

        JsonNode history = expect(api.get(finding + "/verifications", TestTokens.submitter("minzheng")), 200);
        assertThat(history.findValuesAsText("status")).containsExactly("REJECTED", "CLOSED");
        expect(api.get(finding + "/verifications", TestTokens.submitter("sifa")), 404);
    }

    @Test
    void repeatedLateOrOutOfOrderAnswersChangeNothing() {
        Fixtures.Issued issued = fixtures.issuedFindings("sifa");
        UUID findingId = issued.findingIds().getFirst();
        OpenVerification first = Messages.openVerification(issued.assignmentId(), findingId, UUID.randomUUID(), 1);
        OpenVerification second = Messages.openVerification(issued.assignmentId(), findingId, UUID.randomUUID(), 2);
        OpenVerification firstAgain = new OpenVerification(UUID.randomUUID(), first.assignmentId(), first.occurredAt(),
                first.findingId(), first.answerId(), first.answerVersion());

        kafka.send(second);
        kafka.send(first);
        kafka.send(second);
        kafka.send(firstAgain);
        await().atMost(Fixtures.DELIVERY).until(() -> received(firstAgain.id()));

        JsonNode history = expect(api.get("/api/findings/" + findingId + "/verifications", TestTokens.auditor()), 200);
        assertThat(history.findValuesAsText("answerVersion")).containsExactly("2");
        assertThat(history.findValuesAsText("status")).containsExactly("PENDING");

        expect(api.post("/api/findings/" + findingId + "/verify", Map.of("outcome", "CLOSED"), TestTokens.auditor()), 200);
        OpenVerification afterClosing = Messages.openVerification(issued.assignmentId(), findingId, UUID.randomUUID(), 3);
        kafka.send(afterClosing);
        await().atMost(Fixtures.DELIVERY).until(() -> received(afterClosing.id()));
        assertThat(status(findingId)).isEqualTo("CLOSED");
    }

    @Test
    void aFindingWithoutAnAnswerCannotBeVerified() {
        Fixtures.Issued issued = fixtures.issuedFindings("shichang");

        assertThat(expect(api.post("/api/findings/" + issued.findingIds().getFirst() + "/verify",
                Map.of("outcome", "CLOSED"), TestTokens.auditor()), 409).get("code").asText())
                .isEqualTo("no-answer-to-verify");
        expect(api.post("/api/findings/" + UUID.randomUUID() + "/verify", Map.of("outcome", "CLOSED"),
                TestTokens.auditor()), 404);
        assertThat(expect(api.post("/api/findings/" + issued.findingIds().getFirst() + "/verify", Map.of(),
                TestTokens.auditor()), 400).get("errors").findValuesAsText("field")).containsExactly("outcome");
    }

    @Test
    void anAnswerToAFindingNeverIssuedGoesStraightToTheDeadLetterTopic() {
        UUID assignmentId = UUID.randomUUID();
        OpenVerification stray = Messages.openVerification(assignmentId, UUID.randomUUID(), UUID.randomUUID(), 1);

        kafka.send(stray);

        assertThat(DeadLetters.awaitExceptionMessage(Topic.COMMANDS, assignmentId)).contains("was never issued");
        assertThat(received(stray.id())).isFalse();
    }

    private String status(UUID findingId) {
        return expect(api.get("/api/findings/" + findingId, TestTokens.auditor()), 200).get("status").asText();
    }

    private void awaitStatus(UUID findingId, String status) {
        await().atMost(Fixtures.DELIVERY).pollInterval(Duration.ofMillis(200)).until(() -> status(findingId).equals(status));
    }

    private boolean received(UUID messageId) {
        return Fixtures.received(jdbc, messageId);
    }
}
