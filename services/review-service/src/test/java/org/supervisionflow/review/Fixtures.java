package org.supervisionflow.review;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.command.OpenReview;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/** Brings reviews into being the way the system does: over Kafka, then waits until the API shows them. */
public record Fixtures(Api api, KafkaTestClient kafka) {

    public static final Duration DELIVERY = Duration.ofSeconds(30);

    /** A review of version 1 of a new report of a new assignment of the department. */
    public Opened openedReview(String department) {
        return openedReview(Messages.assignmentIssued(UUID.randomUUID(), department));
    }

    /** A review of version 1 of a new report of the issued assignment. */
    public Opened openedReview(AssignmentIssued issued) {
        OpenReview command = Messages.openReview(issued, UUID.randomUUID(), 1);
        kafka.send(issued);
        kafka.send(command);
        return new Opened(issued, command, awaitReviewOf(issued.assignmentId(), 1));
    }

    /** A review of a new assignment of the department, claimed by the auditor of {@link TestTokens#auditor()}. */
    public Opened claimedReview(String department) {
        Opened opened = openedReview(department);
        Api.expect(api.post(opened.path() + "/claim", null, TestTokens.auditor()), 200);
        return opened;
    }

    /** Scores both indicators of the review (4.1 and 5.3) as its holder. */
    public void score(Opened opened, String first, String second) {
        Api.expect(api.put(opened.path() + "/scores/" + opened.indicator(0), Map.of("score", first, "comment", "基本到位"),
                TestTokens.auditor()), 200);
        Api.expect(api.put(opened.path() + "/scores/" + opened.indicator(1), Map.of("score", second),
                TestTokens.auditor()), 200);
    }

    /** Accepts the review with the given findings (request bodies) and returns the decided review. */
    public JsonNode acceptWithFindings(Opened opened, List<Map<String, Object>> findings) {
        return Api.expect(api.post(opened.path() + "/decision",
                Map.of("decision", "ACCEPT_WITH_FINDINGS", "findings", findings), TestTokens.auditor()), 200);
    }

    /** Two findings (4.1 SERIOUS, 5.3 GENERAL) issued by a decided review of a new assignment of the department. */
    public Issued issuedFindings(String department) {
        Opened opened = claimedReview(department);
        score(opened, "5", "4");
        JsonNode decided = acceptWithFindings(opened, List.of(
                finding(opened, 0, "SERIOUS", "执法公示不及时"), finding(opened, 1, "GENERAL", "出庭应诉率偏低")));
        return new Issued(opened, decided.get("findings").findValuesAsText("id").stream().map(UUID::fromString).toList());
    }

    /** Whether the service's inbox has received the message. */
    public static boolean received(JdbcClient jdbc, UUID messageId) {
        return jdbc.sql("select count(*) from inbox_message where message_id = ?").param(messageId)
                .query(Integer.class).single() == 1;
    }

    /** A finding on the review's indicator {@code index}, due in 30 days. */
    public static Map<String, Object> finding(Opened opened, int index, String severity, String description) {
        return Map.of("indicatorId", opened.indicator(index), "severity", severity, "description", description,
                "requiredMeasures", "逐项整改并报送整改材料", "deadline", LocalDate.now().plusDays(30).toString());
    }

    /** Waits until the queue holds the given number of reviews of the assignment; returns the newest one's id. */
    public UUID awaitReviewOf(UUID assignmentId, int count) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(200)).until(() -> {
            found[0] = reviewsOf(assignmentId);
            return found[0].size() >= count;
        });
        return UUID.fromString(found[0].get(found[0].size() - 1).get("id").asText());
    }

    public JsonNode reviewsOf(UUID assignmentId) {
        return Api.expect(api.get("/api/reviews?filter=all&assignmentId=" + assignmentId, TestTokens.officeAdmin()), 200);
    }

    /** The findings a decided review issued. */
    public record Issued(Opened review, List<UUID> findingIds) {

        public UUID assignmentId() {
            return review.issued().assignmentId();
        }
    }

    /** A review opened from these messages. */
    public record Opened(AssignmentIssued issued, OpenReview command, UUID reviewId) {

        public UUID indicator(int index) {
            return issued.scope().indicators().get(index).indicatorId();
        }

        public String path() {
            return "/api/reviews/" + reviewId;
        }
    }
}
