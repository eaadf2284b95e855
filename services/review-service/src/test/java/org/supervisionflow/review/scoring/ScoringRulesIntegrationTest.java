package org.supervisionflow.review.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.supervisionflow.review.Api.expect;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.AssignedIndicator;
import org.supervisionflow.contracts.Grade;
import org.supervisionflow.contracts.IndicatorRole;
import org.supervisionflow.contracts.MetricKind;
import org.supervisionflow.contracts.MetricSpec;
import org.supervisionflow.contracts.ReportedMetric;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.command.OpenReview;
import org.supervisionflow.contracts.review.ReviewCompleted;
import org.supervisionflow.contracts.review.ScoreOverridden;
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.contracts.workflow.ReportGraded;
import org.supervisionflow.review.Fixtures;
import org.supervisionflow.review.KafkaIntegrationSupport;
import org.supervisionflow.review.Messages;
import org.supervisionflow.review.ReviewServiceTest;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

@ReviewServiceTest
class ScoringRulesIntegrationTest extends KafkaIntegrationSupport {

    private final JdbcClient jdbc;

    ScoringRulesIntegrationTest(@Autowired TestRestTemplate http, @Autowired JdbcClient jdbc) {
        super(http);
        this.jdbc = jdbc;
    }

    @Test
    void aReviewIsScoredByTheRuleVersionInForceWhenItOpened() {
        Campaign campaign = new Campaign();
        JsonNode first = expect(api.put(campaign.rulesPath(), campaign.rules("0.5"), TestTokens.officeAdmin()), 200);
        Fixtures.Opened underFirst = campaign.openedReview("minzheng");
        JsonNode second = expect(api.put(campaign.rulesPath(), campaign.rules("1"), TestTokens.officeAdmin()), 200);
        Fixtures.Opened underSecond = campaign.openedReview("sifa");

        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("publishedBy").asText()).isEqualTo("督察办管理员");
        assertThat(expect(api.get(campaign.rulesPath(), TestTokens.auditor()), 200).get("version").asInt()).isEqualTo(2);
        assertThat(expect(api.get(campaign.rulesPath() + "/versions", TestTokens.viewer()), 200).findValuesAsText("version"))
                .containsExactly("2", "1");
        assertThat(expect(api.get(campaign.rulesPath() + "/versions/1", TestTokens.auditor()), 200)
                .at("/rules/0/perOccurrence").decimalValue()).isEqualByComparingTo("0.5");

        for (Fixtures.Opened opened : List.of(underFirst, underSecond)) {
            expect(api.post(opened.path() + "/claim", null, TestTokens.auditor()), 200);
            expect(api.put(opened.path() + "/inputs/" + campaign.files, Map.of("occurrences", 3), TestTokens.auditor()), 200);
        }
        assertThat(expect(api.get(underFirst.path(), TestTokens.auditor()), 200).get("ruleVersion").asInt()).isEqualTo(1);
        assertThat(suggestion(underFirst, 0)).isEqualByComparingTo("4.5");
        assertThat(suggestion(underSecond, 0)).isEqualByComparingTo("3");
    }

    @Test
    void publicationsAtTheSameTimeGetTheNextVersionsInTurn() throws Exception {
        Campaign campaign = new Campaign();
        List<Callable<Integer>> publications = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            publications.add(() -> expect(api.put(campaign.rulesPath(), campaign.rules("0.5"), TestTokens.officeAdmin()),
                    200).get("version").asInt());
        }

        ExecutorService pool = Executors.newFixedThreadPool(publications.size());
        try {
            List<Integer> versions = new ArrayList<>();
            for (Future<Integer> published : pool.invokeAll(publications)) {
                versions.add(published.get());
            }
            assertThat(versions).containsExactlyInAnyOrder(1, 2, 3, 4);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void brokenRulesAreRefusedInChineseAndEnglishAndNothingIsPublished() {
        Campaign campaign = new Campaign();
        Map<String, Object> body = Map.of("rules", List.of(
                Map.of("indicatorId", campaign.files, "kind", "DEDUCTION"),
                Map.of("indicatorId", campaign.accident, "kind", "VETO", "perOccurrence", "1"),
                Map.of("indicatorId", UUID.randomUUID(), "kind", "NOT_APPLICABLE"),
                Map.of("indicatorId", campaign.files, "kind", "THRESHOLD", "metricCode", "出庭应诉率")));

        JsonNode refused = expect(api.put(campaign.rulesPath(), body, TestTokens.officeAdmin()), 422);
        JsonNode inEnglish = expect(api.call(HttpMethod.PUT, campaign.rulesPath(), body, TestTokens.officeAdmin(), "en"), 422);

        assertThat(refused.get("code").asText()).isEqualTo("invalid-scoring-rules");
        assertThat(refused.get("detail").asText()).isEqualTo("评分规则不完整或有误");
        assertThat(inEnglish.get("detail").asText()).isEqualTo("The scoring rules are incomplete or wrong");
        assertThat(refused.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("rules[0].perOccurrence",
                "rules[1].perOccurrence", "rules[1].vetoCondition", "rules[2].indicatorId", "rules[3].indicatorId",
                "rules[3].bands", "rules[3].metricCode");
        assertThat(refused.at("/errors/0/message/zh-CN").asText()).isEqualTo("扣分和加分规则须写明每件（项）的分值");
        assertThat(refused.at("/errors/0/message/en").asText()).isEqualTo("Deductions and bonuses need the points per occurrence");
        expect(api.get(campaign.rulesPath(), TestTokens.auditor()), 404);
        assertThat(expect(api.get(campaign.rulesPath() + "/versions", TestTokens.auditor()), 200)).isEmpty();

        expect(api.put(campaign.rulesPath(), Map.of("rules", List.of(Map.of("indicatorId", campaign.files))),
                TestTokens.officeAdmin()), 400);
        expect(api.put("/api/scoring-rules/" + UUID.randomUUID(), campaign.rules("0.5"), TestTokens.officeAdmin()), 404);
    }

    @Test
    void theAuditorScoresWithExplainedSuggestionsOverridesWithAReasonAndAVetoFailsTheReport() {
        Campaign campaign = new Campaign();
        expect(api.put(campaign.rulesPath(), campaign.rules("0.5"), TestTokens.officeAdmin()), 200);
        Fixtures.Opened opened = campaign.openedReview("shichang");
        expect(api.post(opened.path() + "/claim", null, TestTokens.auditor()), 200);

        input(opened, campaign.files, Map.of("occurrences", 3), 200);
        input(opened, campaign.court, Map.of("metricValue", "90"), 200);
        input(opened, campaign.accident, Map.of("vetoed", true), 200);
        input(opened, campaign.awards, Map.of("occurrences", 3), 200);
        JsonNode unfit = input(opened, campaign.files, Map.of("metricValue", "90"), 422);
        assertThat(unfit.get("code").asText()).isEqualTo("invalid-scoring-input");
        assertThat(unfit.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("occurrences", "metricValue");
        JsonNode aboveHundred = input(opened, campaign.court, Map.of("metricValue", "120"), 422);
        assertThat(aboveHundred.at("/errors/0/message/zh-CN").asText()).isEqualTo("行政机关负责人出庭应诉率是百分比，应在0到100之间");

        assertThat(score(opened, campaign.publicity, Map.of("score", "1"), 422).get("code").asText())
                .isEqualTo("indicator-not-applicable");
        JsonNode noReason = score(opened, campaign.files, Map.of("score", "5"), 422);
        assertThat(noReason.get("code").asText()).isEqualTo("override-reason-required");
        assertThat(noReason.get("detail").asText()).isEqualTo("评分规则建议4.5分，改为其他分值须说明理由");
        score(opened, campaign.files, Map.of("score", "5", "overrideReason", "其中一件已在督察前自行纠正"), 200);
        score(opened, campaign.court, Map.of("score", "3.5"), 200);
        score(opened, campaign.accident, Map.of("score", "0"), 200);
        score(opened, campaign.awards, Map.of("score", "3"), 200);

        // The department's corrected figure moves the suggestion away from the score given.
        input(opened, campaign.court, Map.of("metricValue", "100"), 200);
        JsonNode stale = expect(api.post(opened.path() + "/decision", Map.of("decision", "ACCEPT"), TestTokens.auditor()), 422);
        assertThat(stale.get("errors").findValuesAsText("field")).containsExactly("scores.5.3");
        score(opened, campaign.court, Map.of("score", "4.5"), 200);

        JsonNode scoring = expect(api.get(opened.path() + "/scoring", TestTokens.auditor()), 200);
        JsonNode files = scoring.get("indicators").get(0);
        assertThat(files.at("/rule/kind").asText()).isEqualTo("DEDUCTION");
        assertThat(files.at("/input/occurrences").asInt()).isEqualTo(3);
        assertThat(files.at("/suggestion/score").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(files.at("/suggestion/trace").findValuesAsText("zh")).contains("基础分6分；发现不规范文件3件，每件扣0.5分，共扣1.5分");
        assertThat(files.get("overridden").asBoolean()).isTrue();
        assertThat(files.get("overrideReason").asText()).isEqualTo("其中一件已在督察前自行纠正");
        assertThat(scoring.at("/totals/vetoed").asBoolean()).isTrue();
        assertThat(scoring.at("/totals/trace").findValuesAsText("zh")).contains("加分3分，超过本次督察加分上限2分，按上限计");

        JsonNode decided = expect(api.post(opened.path() + "/decision", Map.of("decision", "ACCEPT"), TestTokens.auditor()), 200);
        // 5 + 4.5 + 0 of 6 + 4.5 + 2 (3.2 not applicable), plus the bonus capped at 2
        assertThat(decided.get("totalScore").decimalValue()).isEqualByComparingTo("11.5");
        assertThat(decided.get("maxScore").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(decided.get("fullMaxScore").decimalValue()).isEqualByComparingTo("16.5");
        assertThat(decided.get("vetoed").asBoolean()).isTrue();
        assertThat(decided.get("effectiveGrade").asText()).isEqualTo("FAIL");

        ScoreOverridden overridden = kafka.await(ScoreOverridden.class,
                event -> event.reviewId().equals(opened.reviewId()), 1, Fixtures.DELIVERY).getFirst();
        assertThat(overridden.indicatorId()).isEqualTo(campaign.files);
        assertThat(overridden.suggestedScore()).isEqualByComparingTo("4.5");
        assertThat(overridden.score()).isEqualByComparingTo("5");
        assertThat(overridden.reason()).isEqualTo("其中一件已在督察前自行纠正");
        ReviewCompleted completed = kafka.await(ReviewCompleted.class,
                event -> event.reviewId().equals(opened.reviewId()), 1, Fixtures.DELIVERY).getFirst();
        assertThat(completed.totalScore()).isEqualByComparingTo("11.5");
        assertThat(completed.maxScore()).isEqualByComparingTo("12.5");
        assertThat(completed.vetoed()).isTrue();

        kafka.send(new ReportGraded(UUID.randomUUID(), opened.issued().assignmentId(), Instant.now(), "shichang", 1,
                completed.totalScore(), completed.maxScore(), Grade.GOOD));
        await().atMost(Fixtures.DELIVERY).until(() -> expect(api.get(opened.path(), TestTokens.leader("shichang")), 200)
                .path("grade").asText().equals("GOOD"));
        assertThat(expect(api.get(opened.path(), TestTokens.leader("shichang")), 200).get("effectiveGrade").asText())
                .isEqualTo("FAIL");
    }

    @Test
    void thresholdsScoreTheFiguresTheReportCarriedWhicheverArrivesFirstAndTheAuditorMayOverrideWithAReason() {
        Campaign campaign = new Campaign();
        expect(api.put(campaign.rulesPath(), campaign.rules("0.5"), TestTokens.officeAdmin()), 200);

        // The figures of version 1 arrive (twice) before its review opens; version 2's are another review's.
        AssignmentIssued issued = campaign.assignment("minzheng");
        UUID reportId = UUID.randomUUID();
        ReportSubmitted first = submitted(issued, reportId, 1, "90");
        ReportSubmitted second = submitted(issued, reportId, 2, "40");
        kafka.send(issued);
        kafka.send(first);
        kafka.send(first);
        kafka.send(second);
        await().atMost(Fixtures.DELIVERY).until(() -> Fixtures.received(jdbc, second.id()));
        OpenReview command = Messages.openReview(issued, reportId, 1);
        kafka.send(command);
        Fixtures.Opened early = new Fixtures.Opened(issued, command, fixtures.awaitReviewOf(issued.assignmentId(), 1));
        expect(api.post(early.path() + "/claim", null, TestTokens.auditor()), 200);

        JsonNode court = expect(api.get(early.path() + "/scoring", TestTokens.auditor()), 200).get("indicators").get(1);
        assertThat(court.at("/input/metricValue").decimalValue()).isEqualByComparingTo("90");
        assertThat(court.get("inputReported").asBoolean()).isTrue();
        assertThat(court.at("/suggestion/score").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(court.at("/suggestion/trace").findValuesAsText("zh")).contains("出庭应诉率报送值90，低于扣分线，扣1分");
        assertThat(expect(api.get(early.path(), TestTokens.auditor()), 200).at("/scores/1/reportedFigures/出庭应诉率")
                .decimalValue()).isEqualByComparingTo("90");
        assertThat(jdbc.sql("select count(*) from reported_metric where report_id = ?").param(reportId)
                .query(Integer.class).single()).isEqualTo(2);

        JsonNode typedOver = input(early, campaign.court, Map.of("metricValue", "100"), 422);
        assertThat(typedOver.get("errors").findValuesAsText("field")).containsExactly("metricValue");
        assertThat(typedOver.at("/errors/0/message/zh-CN").asText())
                .isEqualTo("部门已报送出庭应诉率为90，按报送值评分；如有出入，请改分并说明理由");
        assertThat(score(early, campaign.court, Map.of("score", "4.5"), 422).get("code").asText())
                .isEqualTo("override-reason-required");
        JsonNode overridden = score(early, campaign.court, Map.of("score", "4.5", "overrideReason", "报送值漏计两次出庭记录，经核实为100%"), 200);
        assertThat(overridden.at("/scores/1/score").decimalValue()).isEqualByComparingTo("4.5");

        // The review opens first; the figures follow and the suggestion appears.
        Fixtures.Opened late = campaign.openedReview("sifa");
        expect(api.post(late.path() + "/claim", null, TestTokens.auditor()), 200);
        assertThat(suggestionOrNull(late, 1)).isNull();
        kafka.send(submitted(late.issued(), late.command().reportId(), 1, "100"));
        await().atMost(Fixtures.DELIVERY).until(() -> suggestionOrNull(late, 1) != null);
        assertThat(suggestion(late, 1)).isEqualByComparingTo("4.5");
    }

    private static ReportSubmitted submitted(AssignmentIssued issued, UUID reportId, int version, String courtRate) {
        UUID court = issued.scope().indicators().get(1).indicatorId();
        Actor submitter = new Actor("u-sub", "submitter", "张填报", "dept-submitter", issued.scope().departmentCode());
        Actor leader = new Actor("u-lead", "leader", "李局长", "dept-leader", issued.scope().departmentCode());
        return new ReportSubmitted(UUID.randomUUID(), issued.assignmentId(), Instant.now(), reportId, version, submitter,
                leader, List.of(new ReportedMetric(court, "出庭应诉率", new BigDecimal(courtRate))));
    }

    private BigDecimal suggestionOrNull(Fixtures.Opened opened, int index) {
        JsonNode score = expect(api.get(opened.path() + "/scoring", TestTokens.auditor()), 200)
                .at("/indicators/" + index + "/suggestion/score");
        return score.isNumber() ? score.decimalValue() : null;
    }

    private BigDecimal suggestion(Fixtures.Opened opened, int index) {
        return expect(api.get(opened.path() + "/scoring", TestTokens.auditor()), 200)
                .at("/indicators/" + index + "/suggestion/score").decimalValue();
    }

    private JsonNode input(Fixtures.Opened opened, UUID indicator, Map<String, Object> body, int status) {
        return expect(api.put(opened.path() + "/inputs/" + indicator, body, TestTokens.auditor()), status);
    }

    private JsonNode score(Fixtures.Opened opened, UUID indicator, Map<String, Object> body, int status) {
        return expect(api.put(opened.path() + "/scores/" + indicator, body, TestTokens.auditor()), status);
    }

    /** A campaign of five indicators, one per rule kind, assigned to departments as a test needs. */
    private final class Campaign {

        final UUID id = UUID.randomUUID();
        final UUID files = UUID.randomUUID();
        final UUID court = UUID.randomUUID();
        final UUID accident = UUID.randomUUID();
        final UUID publicity = UUID.randomUUID();
        final UUID awards = UUID.randomUUID();

        Campaign() {
            // The campaign becomes known to review-service with its first issued assignment.
            AssignmentIssued issued = assignment("minzheng");
            kafka.send(issued);
            await().atMost(Fixtures.DELIVERY).until(() -> api.put(rulesPath(), Map.of("rules", List.of(Map.of(
                    "indicatorId", UUID.randomUUID(), "kind", "NOT_APPLICABLE"))), TestTokens.officeAdmin())
                    .getStatusCode().value() == 422);
        }

        String rulesPath() {
            return "/api/scoring-rules/" + id;
        }

        AssignmentIssued assignment(String department) {
            return Messages.assignmentIssued(UUID.randomUUID(), id, "2025", department, List.of(
                    Messages.indicator(files, "2.1", "健全依法决策机制", "规范性文件合法性审核", "6"),
                    new AssignedIndicator(court, "5.3", "强化对行政权力的制约和监督", "行政机关负责人出庭应诉",
                            "行政机关负责人依法出庭应诉", new BigDecimal("4.5"), IndicatorRole.LEAD,
                            List.of(new MetricSpec("出庭应诉率", "行政机关负责人出庭应诉率", MetricKind.PERCENTAGE, "%")),
                            "出庭应诉登记表"),
                    Messages.indicator(accident, "6.1", "依法有效化解社会矛盾纠纷", "重大违法行政案件", "2"),
                    Messages.indicator(publicity, "3.2", "全面推进政务公开", "政务公开专栏", "4"),
                    Messages.indicator(awards, "9.1", "加分项", "获省级以上表彰", "3")));
        }

        Fixtures.Opened openedReview(String department) {
            return fixtures.openedReview(assignment(department));
        }

        Map<String, Object> rules(String perFile) {
            Map<String, Object> deduction = new HashMap<>(Map.of("indicatorId", files, "kind", "DEDUCTION",
                    "perOccurrence", perFile, "occurrenceLabel", "不规范文件"));
            deduction.put("text", "每发现一件不规范文件扣" + perFile + "分，扣完为止");
            return Map.of("bonusCap", "2", "rules", List.of(deduction,
                    Map.of("indicatorId", court, "kind", "THRESHOLD", "metricCode", "出庭应诉率",
                            "bands", List.of(Map.of("below", "100", "deduction", "1"))),
                    Map.of("indicatorId", accident, "kind", "VETO", "vetoCondition", "发生重大违法行政案件"),
                    Map.of("indicatorId", publicity, "kind", "NOT_APPLICABLE"),
                    Map.of("indicatorId", awards, "kind", "BONUS", "perOccurrence", "1", "occurrenceLabel", "省级以上表彰")));
        }
    }
}
