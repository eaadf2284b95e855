package org.supervisionflow.review.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.supervisionflow.review.Api.expect;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.Topic;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.command.CloseReport;
import org.supervisionflow.contracts.command.OpenReview;
import org.supervisionflow.contracts.review.ReviewClaimed;
import org.supervisionflow.contracts.review.ReviewReleased;
import org.supervisionflow.review.DeadLetters;
import org.supervisionflow.review.Fixtures;
import org.supervisionflow.review.KafkaIntegrationSupport;
import org.supervisionflow.review.Messages;
import org.supervisionflow.review.ReviewServiceTest;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

@ReviewServiceTest
class ReviewQueueIntegrationTest extends KafkaIntegrationSupport {

    private static final String SECOND_AUDITOR = TestTokens.token("auditor2", "王督察", List.of("auditor"), null);

    private final JdbcClient jdbc;

    ReviewQueueIntegrationTest(@Autowired TestRestTemplate http, @Autowired JdbcClient jdbc) {
        super(http);
        this.jdbc = jdbc;
    }

    @Test
    void openReviewQueuesTheVersionUnclaimedWithTheAssignmentsIndicators() {
        Fixtures.Opened opened = fixtures.openedReview("minzheng");

        JsonNode unclaimed = expect(api.get("/api/reviews?filter=unclaimed", TestTokens.auditor()), 200);
        assertThat(unclaimed.findValuesAsText("id")).contains(opened.reviewId().toString());

        JsonNode review = expect(api.get(opened.path(), TestTokens.viewer()), 200);
        assertThat(review.get("status").asText()).isEqualTo("UNCLAIMED");
        assertThat(review.get("reportId").asText()).isEqualTo(opened.command().reportId().toString());
        assertThat(review.get("reportVersion").asInt()).isEqualTo(1);
        assertThat(review.get("campaignTitle").asText()).isEqualTo(Messages.CAMPAIGN_TITLE);
        assertThat(review.get("departmentCode").asText()).isEqualTo("minzheng");
        assertThat(review.get("departmentName").asText()).isEqualTo("民政局");
        assertThat(review.get("scores").findValuesAsText("code")).containsExactly("4.1", "5.3");
        assertThat(review.get("scores").get(1).get("title").asText()).isEqualTo("行政机关负责人出庭应诉");
        assertThat(review.get("scores").get(1).get("maxPoints").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(review.get("scores").get(1).has("score")).isFalse();
        assertThat(review.get("maxScore").decimalValue()).isEqualByComparingTo("10.5");
        assertThat(review.has("decision")).isFalse();
    }

    @Test
    void openReviewArrivingBeforeItsAssignmentIsRetriedUntilTheAssignmentArrives() {
        AssignmentIssued issued = Messages.assignmentIssued(UUID.randomUUID(), "sifa");
        OpenReview command = Messages.openReview(issued, UUID.randomUUID(), 1);

        kafka.send(command);
        await().during(Duration.ofMillis(1_500)).atMost(Duration.ofSeconds(5))
                .until(() -> fixtures.reviewsOf(issued.assignmentId()).isEmpty());
        kafka.send(issued);

        fixtures.awaitReviewOf(issued.assignmentId(), 1);
        assertThat(fixtures.reviewsOf(issued.assignmentId()).get(0).get("departmentName").asText()).isEqualTo("司法局");
    }

    @Test
    void aRedeliveredOrResentOpenReviewQueuesTheVersionOnceAndTheFirstScopeStays() {
        Fixtures.Opened opened = fixtures.openedReview("shichang");
        OpenReview resent = Messages.again(opened.command());

        AssignmentIssued reissued = new AssignmentIssued(UUID.randomUUID(), opened.issued().assignmentId(), Instant.now(),
                Messages.assignmentIssued(opened.issued().assignmentId(), "shichang").scope());

        kafka.send(opened.command());
        kafka.send(opened.issued());
        kafka.send(reissued);
        kafka.send(resent);

        // Everything about one assignment shares a partition: once the last is received, the others were too.
        await().atMost(Fixtures.DELIVERY).until(() -> received(resent.id()) && received(reissued.id()));
        assertThat(fixtures.reviewsOf(opened.issued().assignmentId())).hasSize(1);
        JsonNode review = expect(api.get(opened.path(), TestTokens.auditor()), 200);
        assertThat(review.get("scores").findValuesAsText("indicatorId")).containsExactly(
                opened.indicator(0).toString(), opened.indicator(1).toString());
        assertThat(jdbc.sql("select count(*) from assignment_scope_indicator where assignment_id = ?")
                .param(opened.issued().assignmentId()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aLaterVersionGetsItsOwnReviewButAnOlderOneArrivingLateDoesNot() {
        Fixtures.Opened opened = fixtures.openedReview("minzheng");
        OpenReview second = Messages.openReview(opened.issued(), opened.command().reportId(), 2);
        OpenReview lateFirst = Messages.again(opened.command());
        OpenReview lateZero = Messages.openReview(opened.issued(), opened.command().reportId(), 1);

        kafka.send(second);
        kafka.send(lateFirst);
        kafka.send(lateZero);

        await().atMost(Fixtures.DELIVERY).until(() -> received(lateZero.id()));
        JsonNode reviews = fixtures.reviewsOf(opened.issued().assignmentId());
        assertThat(reviews.findValuesAsText("reportVersion")).containsExactly("1", "2");
    }

    @Test
    void anOpenReviewWithoutItsVersionAndAnAssignmentWithoutItsScopeGoStraightToTheDeadLetterTopics() {
        AssignmentIssued issued = Messages.assignmentIssued(UUID.randomUUID(), "minzheng");
        OpenReview withoutVersion = new OpenReview(UUID.randomUUID(), issued.assignmentId(), Instant.now(), null, 0,
                null, null, "minzheng", "民政局");
        UUID scopelessAssignment = UUID.randomUUID();

        kafka.send(issued);
        kafka.send(withoutVersion);
        kafka.send(new AssignmentIssued(UUID.randomUUID(), scopelessAssignment, Instant.now(), null));

        assertThat(DeadLetters.awaitExceptionMessage(Topic.COMMANDS, issued.assignmentId()))
                .contains("lacks its report or version");
        assertThat(DeadLetters.awaitExceptionMessage(Topic.ASSIGNMENT_EVENTS, scopelessAssignment))
                .contains("lacks its scope");
        assertThat(fixtures.reviewsOf(issued.assignmentId())).isEmpty();
    }

    @Test
    void claimingPublishesReviewClaimedAndKeepsOtherAuditorsOut() {
        Fixtures.Opened opened = fixtures.openedReview("sifa");

        JsonNode claimed = expect(api.post(opened.path() + "/claim", null, TestTokens.auditor()), 200);
        assertThat(claimed.get("status").asText()).isEqualTo("CLAIMED");
        assertThat(claimed.at("/claimedBy/username").asText()).isEqualTo("auditor");
        expect(api.post(opened.path() + "/claim", null, TestTokens.auditor()), 200);

        JsonNode refused = expect(api.post(opened.path() + "/claim", null, SECOND_AUDITOR), 409);
        assertThat(refused.get("code").asText()).isEqualTo("review-claimed-by-another");
        assertThat(refused.get("detail").asText()).isEqualTo("该审核已由督察员认领");

        assertThat(ids("mine", TestTokens.auditor())).contains(opened.reviewId().toString());
        assertThat(ids("mine", SECOND_AUDITOR)).doesNotContain(opened.reviewId().toString());
        assertThat(ids("unclaimed", TestTokens.auditor())).doesNotContain(opened.reviewId().toString());

        List<ReviewClaimed> events = kafka.await(ReviewClaimed.class,
                event -> event.reviewId().equals(opened.reviewId()), 2, Duration.ofSeconds(8));
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().assignmentId()).isEqualTo(opened.issued().assignmentId());
        assertThat(events.getFirst().reportVersion()).isEqualTo(1);
        assertThat(events.getFirst().auditor().username()).isEqualTo("auditor");
        assertThat(events.getFirst().auditor().role()).isEqualTo("auditor");
    }

    @Test
    void onlyTheHolderOrAnOfficeAdminReleasesAClaim() {
        Fixtures.Opened opened = fixtures.openedReview("minzheng");
        expect(api.post(opened.path() + "/claim", null, TestTokens.auditor()), 200);

        assertThat(expect(api.post(opened.path() + "/release", null, SECOND_AUDITOR), 409).get("code").asText())
                .isEqualTo("review-claimed-by-another");
        JsonNode released = expect(api.post(opened.path() + "/release", null, TestTokens.auditor()), 200);
        assertThat(released.get("status").asText()).isEqualTo("UNCLAIMED");
        assertThat(released.has("claimedBy")).isFalse();
        assertThat(ids("unclaimed", SECOND_AUDITOR)).contains(opened.reviewId().toString());

        expect(api.post(opened.path() + "/claim", null, SECOND_AUDITOR), 200);
        JsonNode freed = expect(api.post(opened.path() + "/release", null, TestTokens.officeAdmin()), 200);
        assertThat(freed.get("status").asText()).isEqualTo("UNCLAIMED");
        expect(api.post(opened.path() + "/release", null, TestTokens.officeAdmin()), 200);

        List<ReviewReleased> releases = kafka.await(ReviewReleased.class,
                event -> event.reviewId().equals(opened.reviewId()), 3, Duration.ofSeconds(8));
        assertThat(releases).extracting(event -> event.auditor().username() + "/" + event.auditor().role())
                .containsExactly("auditor/auditor", "admin/office-admin");
        assertThat(releases).allSatisfy(event -> {
            assertThat(event.assignmentId()).isEqualTo(opened.issued().assignmentId());
            assertThat(event.reportVersion()).isEqualTo(1);
        });
    }

    @Test
    void withdrawingTheAssignmentEndsItsUndecidedReviewsButNotItsDecidedOnesAndClosingEndsNone() {
        Fixtures.Opened held = fixtures.claimedReview("shichang");
        Fixtures.Opened waiting = fixtures.openedReview("shichang");
        Fixtures.Opened decided = fixtures.claimedReview("shichang");
        fixtures.score(decided, "6", "4.5");
        expect(api.post(decided.path() + "/decision", Map.of("decision", "ACCEPT"), TestTokens.auditor()), 200);
        Fixtures.Opened closedNormally = fixtures.openedReview("shichang");
        CloseReport closed = new CloseReport(UUID.randomUUID(), closedNormally.issued().assignmentId(), Instant.now(),
                ReportStage.CLOSED, null);

        kafka.send(closed);
        for (Fixtures.Opened opened : List.of(held, waiting, decided)) {
            kafka.send(new CloseReport(UUID.randomUUID(), opened.issued().assignmentId(), Instant.now(),
                    ReportStage.WITHDRAWN, "督察任务撤回"));
        }

        await().atMost(Fixtures.DELIVERY).until(() -> status(waiting).equals("WITHDRAWN"));
        await().atMost(Fixtures.DELIVERY).until(() -> status(held).equals("WITHDRAWN"));
        assertThat(status(decided)).isEqualTo("DECIDED");
        await().atMost(Fixtures.DELIVERY).until(() -> received(closed.id()));
        assertThat(status(closedNormally)).isEqualTo("UNCLAIMED");
        assertThat(ids("unclaimed", TestTokens.auditor())).doesNotContain(waiting.reviewId().toString());
        assertThat(ids("mine", TestTokens.auditor())).doesNotContain(held.reviewId().toString());
        assertThat(expect(api.post(waiting.path() + "/claim", null, TestTokens.auditor()), 409).get("code").asText())
                .isEqualTo("review-withdrawn");
        assertThat(expect(api.put(held.path() + "/scores/" + held.indicator(0), Map.of("score", "1"),
                TestTokens.auditor()), 409).get("code").asText()).isEqualTo("review-withdrawn");
    }

    @Test
    void departmentUsersDoNotSeeAReviewBeforeItIsDecided() {
        Fixtures.Opened opened = fixtures.openedReview("sifa");

        expect(api.get(opened.path(), TestTokens.leader("sifa")), 404);
        expect(api.get(opened.path(), TestTokens.submitter("sifa")), 404);
    }

    @Test
    void anUnknownFilterIsAnUnprocessableProblemAndAnUnknownReviewNotFound() {
        assertThat(expect(api.get("/api/reviews?filter=everything", TestTokens.auditor()), 422).get("code").asText())
                .isEqualTo("unknown-filter");
        expect(api.post("/api/reviews/" + UUID.randomUUID() + "/claim", null, TestTokens.auditor()), 404);
    }

    private String status(Fixtures.Opened opened) {
        return expect(api.get(opened.path(), TestTokens.auditor()), 200).get("status").asText();
    }

    private List<String> ids(String filter, String token) {
        return expect(api.get("/api/reviews?filter=" + filter, token), 200).findValuesAsText("id");
    }

    private boolean received(UUID messageId) {
        return Fixtures.received(jdbc, messageId);
    }
}
