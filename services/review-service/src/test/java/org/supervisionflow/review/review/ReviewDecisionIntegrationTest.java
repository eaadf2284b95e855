package org.supervisionflow.review.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.supervisionflow.review.Api.expect;
import static org.supervisionflow.review.Fixtures.finding;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.contracts.FindingSeverity;
import org.supervisionflow.contracts.Grade;
import org.supervisionflow.contracts.ReviewDecision;
import org.supervisionflow.contracts.review.ReviewCompleted;
import org.supervisionflow.contracts.workflow.ReportGraded;
import org.supervisionflow.review.Fixtures;
import org.supervisionflow.review.KafkaIntegrationSupport;
import org.supervisionflow.review.Messages;
import org.supervisionflow.review.ReviewServiceTest;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

@ReviewServiceTest
class ReviewDecisionIntegrationTest extends KafkaIntegrationSupport {

    /** "Today" for a deadline is the offices' day, whatever the zone the tests run in. */
    private static final ZoneId OFFICES = ZoneId.of("Asia/Shanghai");

    private static final String SECOND_AUDITOR = TestTokens.token("auditor2", "王督察", List.of("auditor"), null);
    private static final String NOTICE_NUMBER = "整改〔\\d{4}〕第\\d{4}号";


    ReviewDecisionIntegrationTest(@Autowired TestRestTemplate http) {
        super(http);
    }

    @Test
    void theHolderScoresEachIndicatorFromZeroToItsPoints() {
        Fixtures.Opened opened = fixtures.claimedReview("minzheng");
        String court = opened.path() + "/scores/" + opened.indicator(1);

        JsonNode tooHigh = expect(api.put(court, Map.of("score", "4.6"), TestTokens.auditor()), 422);
        assertThat(tooHigh.get("code").asText()).isEqualTo("score-above-max-points");
        assertThat(tooHigh.get("detail").asText()).isEqualTo("指标5.3的得分不能超过4.5分");
        assertThat(expect(api.put(court, Map.of("score", "-1"), TestTokens.auditor()), 400).get("code").asText())
                .isEqualTo("validation-failed");
        expect(api.put(opened.path() + "/scores/" + UUID.randomUUID(), Map.of("score", "1"), TestTokens.auditor()), 404);
        assertThat(expect(api.put(court, Map.of("score", "1"), SECOND_AUDITOR), 409).get("code").asText())
                .isEqualTo("review-not-claimed-by-you");

        expect(api.put(court, Map.of("score", "3", "comment", "出庭率不足"), TestTokens.auditor()), 200);
        JsonNode review = expect(api.put(court, Map.of("score", "4.5", "comment", "出庭应诉率100%"), TestTokens.auditor()), 200);

        assertThat(review.at("/scores/1/score").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(review.at("/scores/1/comment").asText()).isEqualTo("出庭应诉率100%");
        assertThat(review.at("/scores/0/score").isMissingNode()).isTrue();
        assertThat(review.get("totalScore").decimalValue()).isEqualByComparingTo("4.5");
    }

    @Test
    void acceptingNeedsEveryIndicatorScoredAndEndsTheReviewForGood() {
        Fixtures.Opened opened = fixtures.claimedReview("sifa");
        expect(api.put(opened.path() + "/scores/" + opened.indicator(0), Map.of("score", "5.5"), TestTokens.auditor()), 200);

        JsonNode unscored = expect(api.post(opened.path() + "/decision", Map.of("decision", "ACCEPT"), TestTokens.auditor()), 422);
        assertThat(unscored.get("code").asText()).isEqualTo("invalid-decision");
        assertThat(unscored.get("errors").findValuesAsText("field")).containsExactly("scores.5.3");

        expect(api.put(opened.path() + "/scores/" + opened.indicator(1), Map.of("score", "4"), TestTokens.auditor()), 200);
        JsonNode decided = expect(api.post(opened.path() + "/decision", Map.of("decision", "ACCEPT", "comment", "总体较好"),
                TestTokens.auditor()), 200);

        assertThat(decided.get("status").asText()).isEqualTo("DECIDED");
        assertThat(decided.at("/decision/decision").asText()).isEqualTo("ACCEPT");
        assertThat(decided.at("/decision/comment").asText()).isEqualTo("总体较好");
        assertThat(decided.get("findings")).isEmpty();

        ReviewCompleted completed = awaitCompleted(opened);
        assertThat(completed.decision()).isEqualTo(ReviewDecision.ACCEPT);
        assertThat(completed.totalScore()).isEqualByComparingTo("9.5");
        assertThat(completed.maxScore()).isEqualByComparingTo("10.5");
        assertThat(completed.reportVersion()).isEqualTo(1);
        assertThat(completed.findings()).isEmpty();
        assertThat(completed.returnReasons()).isEmpty();
        assertThat(completed.auditor().username()).isEqualTo("auditor");
        assertThat(completed.vetoed()).isFalse();

        for (var change : List.of(
                api.put(opened.path() + "/scores/" + opened.indicator(1), Map.of("score", "1"), TestTokens.auditor()),
                api.post(opened.path() + "/decision", Map.of("decision", "RETURN", "returnReasons",
                        List.of(Map.of("reason", "重新审核"))), TestTokens.auditor()),
                api.post(opened.path() + "/release", null, TestTokens.auditor()),
                api.post(opened.path() + "/claim", null, SECOND_AUDITOR))) {
            assertThat(expect(change, 409).get("code").asText()).isEqualTo("review-decided");
        }
        assertThat(expect(api.get(opened.path(), TestTokens.auditor()), 200).get("totalScore").decimalValue())
                .isEqualByComparingTo("9.5");
    }

    @Test
    void acceptingWithFindingsIssuesSequentiallyNumberedNoticesAndPublishesThem() {
        Fixtures.Opened opened = fixtures.claimedReview("shichang");
        fixtures.score(opened, "4", "3");

        JsonNode decided = fixtures.acceptWithFindings(opened, List.of(
                finding(opened, 0, "SERIOUS", "重大执法决定法制审核覆盖不全"),
                finding(opened, 1, "GENERAL", "负责人出庭应诉率未达100%")));

        JsonNode findings = decided.get("findings");
        assertThat(findings).hasSize(2);
        String first = findings.get(0).get("noticeNumber").asText();
        String second = findings.get(1).get("noticeNumber").asText();
        assertThat(first).matches(NOTICE_NUMBER).startsWith("整改〔" + LocalDate.now(OFFICES).getYear() + "〕");
        assertThat(number(second)).isEqualTo(number(first) + 1);
        assertThat(findings.get(0).get("indicatorCode").asText()).isEqualTo("4.1");
        assertThat(findings.get(0).get("indicatorTitle").asText()).isEqualTo("严格落实行政执法三项制度");
        assertThat(findings.get(0).get("status").asText()).isEqualTo("OPEN");
        assertThat(findings.get(1).get("severity").asText()).isEqualTo("GENERAL");

        ReviewCompleted completed = awaitCompleted(opened);
        assertThat(completed.decision()).isEqualTo(ReviewDecision.ACCEPT_WITH_FINDINGS);
        assertThat(completed.totalScore()).isEqualByComparingTo("7");
        assertThat(completed.findings()).extracting(FindingNotice::noticeNumber).containsExactly(first, second);
        FindingNotice notice = completed.findings().getFirst();
        assertThat(notice.findingId().toString()).isEqualTo(findings.get(0).get("id").asText());
        assertThat(notice.indicatorId()).isEqualTo(opened.indicator(0));
        assertThat(notice.severity()).isEqualTo(FindingSeverity.SERIOUS);
        assertThat(notice.description()).isEqualTo("重大执法决定法制审核覆盖不全");
        assertThat(notice.requiredMeasures()).isEqualTo("逐项整改并报送整改材料");
        assertThat(notice.deadline()).isEqualTo(LocalDate.now().plusDays(30));
    }

    @Test
    void theGradeTheEngineDerivesShowsOnTheDecidedReview() {
        Fixtures.Opened opened = fixtures.claimedReview("sifa");
        fixtures.score(opened, "6", "4");
        expect(api.post(opened.path() + "/decision", Map.of("decision", "ACCEPT"), TestTokens.auditor()), 200);
        ReportGraded graded = new ReportGraded(UUID.randomUUID(), opened.issued().assignmentId(), Instant.now(), "sifa",
                1, new BigDecimal("10"), new BigDecimal("10.5"), Grade.EXCELLENT);

        kafka.send(graded);
        kafka.send(graded);

        await().atMost(Fixtures.DELIVERY).until(() -> expect(api.get(opened.path(), TestTokens.leader("sifa")), 200)
                .path("grade").asText().equals("EXCELLENT"));
        assertThat(expect(api.get("/api/reviews?filter=all&assignmentId=" + opened.issued().assignmentId(),
                TestTokens.viewer()), 200).get(0).get("grade").asText()).isEqualTo("EXCELLENT");
    }

    @Test
    void noticeNumbersNeverRepeatAcrossReviews() {
        Fixtures.Opened one = fixtures.claimedReview("minzheng");
        Fixtures.Opened other = fixtures.claimedReview("sifa");
        fixtures.score(one, "6", "4.5");
        fixtures.score(other, "6", "4.5");

        String first = fixtures.acceptWithFindings(one, List.of(finding(one, 0, "SEVERE", "未公示执法信息")))
                .at("/findings/0/noticeNumber").asText();
        String second = fixtures.acceptWithFindings(other, List.of(finding(other, 0, "GENERAL", "执法记录不全")))
                .at("/findings/0/noticeNumber").asText();

        assertThat(number(second)).isGreaterThan(number(first));
    }

    @Test
    void aDecisionBreakingTheRulesIsRefusedWithEveryReasonAtOnce() {
        Fixtures.Opened opened = fixtures.claimedReview("minzheng");
        fixtures.score(opened, "6", "4");
        Map<String, Object> pastDeadline = Map.of("indicatorId", opened.indicator(0), "severity", "GENERAL",
                "description", "台账不全", "requiredMeasures", "补齐台账", "deadline", LocalDate.now(OFFICES).minusDays(1).toString());
        Map<String, Object> foreignIndicator = Map.of("indicatorId", UUID.randomUUID(), "severity", "GENERAL",
                "description", "台账不全", "requiredMeasures", "补齐台账", "deadline", LocalDate.now(OFFICES).toString());

        JsonNode refused = expect(api.post(opened.path() + "/decision", Map.of("decision", "ACCEPT_WITH_FINDINGS",
                "findings", List.of(pastDeadline, foreignIndicator), "returnReasons", List.of(Map.of("reason", "x"))),
                TestTokens.auditor()), 422);
        assertThat(refused.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("returnReasons",
                "findings[0].deadline", "findings[1].indicatorId");

        assertThat(expect(api.post(opened.path() + "/decision", Map.of("decision", "ACCEPT_WITH_FINDINGS"),
                TestTokens.auditor()), 422).get("errors").findValuesAsText("field")).containsExactly("findings");
        assertThat(expect(api.post(opened.path() + "/decision", Map.of("decision", "ACCEPT", "findings",
                List.of(finding(opened, 0, "GENERAL", "台账不全"))), TestTokens.auditor()), 422)
                .get("errors").findValuesAsText("field")).containsExactly("findings");
        JsonNode invalid = expect(api.post(opened.path() + "/decision", Map.of("findings",
                List.of(Map.of("indicatorId", opened.indicator(0)))), TestTokens.auditor()), 400);
        assertThat(invalid.get("errors").findValuesAsText("field")).contains("decision", "findings[0].severity",
                "findings[0].description", "findings[0].requiredMeasures", "findings[0].deadline");
        assertThat(expect(api.get(opened.path(), TestTokens.auditor()), 200).get("status").asText()).isEqualTo("CLAIMED");
    }

    @Test
    void returningNeedsReasonsButNoScoresAndPublishesTheReasons() {
        Fixtures.Opened opened = fixtures.claimedReview("sifa");
        expect(api.put(opened.path() + "/scores/" + opened.indicator(0), Map.of("score", "2"), TestTokens.auditor()), 200);

        assertThat(expect(api.post(opened.path() + "/decision", Map.of("decision", "RETURN"), TestTokens.auditor()), 422)
                .get("errors").findValuesAsText("field")).containsExactly("returnReasons");
        JsonNode decided = expect(api.post(opened.path() + "/decision", Map.of("decision", "RETURN", "returnReasons", List.of(
                Map.of("indicatorId", opened.indicator(1), "reason", "未提供出庭应诉率数据"),
                Map.of("reason", "缺少第一责任人履职情况"))), TestTokens.auditor()), 200);

        assertThat(decided.at("/decision/returnReasons").findValuesAsText("reason"))
                .containsExactly("未提供出庭应诉率数据", "缺少第一责任人履职情况");
        ReviewCompleted completed = awaitCompleted(opened);
        assertThat(completed.decision()).isEqualTo(ReviewDecision.RETURN);
        assertThat(completed.totalScore()).isEqualByComparingTo("2");
        assertThat(completed.returnReasons()).hasSize(2);
        assertThat(completed.returnReasons().get(0).indicatorId()).isEqualTo(opened.indicator(1));
        assertThat(completed.returnReasons().get(1).indicatorId()).isNull();
        assertThat(completed.findings()).isEmpty();
    }

    @Test
    void theResubmittedVersionsReviewShowsWhyThePreviousVersionWentBack() {
        Fixtures.Opened first = fixtures.claimedReview("shichang");
        expect(api.post(first.path() + "/decision", Map.of("decision", "RETURN", "returnReasons", List.of(
                Map.of("indicatorId", first.indicator(0), "reason", "未提供执法公示数据"))), TestTokens.auditor()), 200);
        assertThat(expect(api.get(first.path(), TestTokens.auditor()), 200).has("previousReview")).isFalse();

        kafka.send(Messages.openReview(first.issued(), first.command().reportId(), 2));
        UUID second = fixtures.awaitReviewOf(first.issued().assignmentId(), 2);

        JsonNode review = expect(api.get("/api/reviews/" + second, TestTokens.auditor()), 200);
        assertThat(review.get("reportVersion").asInt()).isEqualTo(2);
        assertThat(review.at("/previousReview/id").asText()).isEqualTo(first.reviewId().toString());
        assertThat(review.at("/previousReview/reportVersion").asInt()).isEqualTo(1);
        assertThat(review.at("/previousReview/decision").asText()).isEqualTo("RETURN");
        assertThat(review.at("/previousReview/returnReasons/0/reason").asText()).isEqualTo("未提供执法公示数据");
        assertThat(review.get("scores").findValuesAsText("code")).containsExactly("4.1", "5.3");
        assertThat(review.get("scores").findValues("score")).isEmpty();
    }

    @Test
    void departmentUsersReadTheirOwnDepartmentsDecidedReviewsAndFindingsOnly() {
        Fixtures.Opened opened = fixtures.claimedReview("minzheng");
        fixtures.score(opened, "5", "4");
        String findingId = fixtures.acceptWithFindings(opened, List.of(finding(opened, 1, "GENERAL", "出庭应诉率偏低")))
                .at("/findings/0/id").asText();

        JsonNode own = expect(api.get(opened.path(), TestTokens.leader("minzheng")), 200);
        assertThat(own.at("/decision/decision").asText()).isEqualTo("ACCEPT_WITH_FINDINGS");
        assertThat(own.at("/findings/0/description").asText()).isEqualTo("出庭应诉率偏低");
        expect(api.get(opened.path(), TestTokens.submitter("minzheng")), 200);
        expect(api.get(opened.path(), TestTokens.leader("sifa")), 404);

        String findingsOfAssignment = "/api/findings?assignmentId=" + opened.issued().assignmentId();
        JsonNode ownFindings = expect(api.get(findingsOfAssignment, TestTokens.submitter("minzheng")), 200);
        assertThat(ownFindings.findValuesAsText("id")).containsExactly(findingId);
        assertThat(ownFindings.get(0).get("status").asText()).isEqualTo("OPEN");
        assertThat(expect(api.get(findingsOfAssignment, TestTokens.submitter("sifa")), 200)).isEmpty();
        assertThat(expect(api.get("/api/findings?status=OPEN", TestTokens.leader("sifa")), 200)
                .findValuesAsText("departmentCode")).doesNotContain("minzheng");
        expect(api.get("/api/findings/" + findingId, TestTokens.leader("minzheng")), 200);
        expect(api.get("/api/findings/" + findingId, TestTokens.leader("sifa")), 404);
        expect(api.get("/api/findings/" + findingId, TestTokens.viewer()), 200);
    }

    private ReviewCompleted awaitCompleted(Fixtures.Opened opened) {
        List<ReviewCompleted> completed = kafka.await(ReviewCompleted.class,
                event -> event.reviewId().equals(opened.reviewId()), 1, Duration.ofSeconds(30));
        assertThat(completed).hasSize(1);
        assertThat(completed.getFirst().assignmentId()).isEqualTo(opened.issued().assignmentId());
        return completed.getFirst();
    }

    private static int number(String noticeNumber) {
        return Integer.parseInt(noticeNumber.substring(noticeNumber.indexOf('第') + 1, noticeNumber.indexOf('号')));
    }
}
