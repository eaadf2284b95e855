package org.supervisionflow.review;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

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
        AssignmentIssued issued = Messages.assignmentIssued(UUID.randomUUID(), department);
        OpenReview command = Messages.openReview(issued, UUID.randomUUID(), 1);
        kafka.send(issued);
        kafka.send(command);
        return new Opened(issued, command, awaitReviewOf(issued.assignmentId(), 1));
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
