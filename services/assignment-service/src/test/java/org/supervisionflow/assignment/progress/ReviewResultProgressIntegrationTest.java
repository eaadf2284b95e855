package org.supervisionflow.assignment.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.supervisionflow.assignment.Api.expect;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.supervisionflow.assignment.Api;
import org.supervisionflow.assignment.AssignmentServiceTest;
import org.supervisionflow.assignment.TestData;
import org.supervisionflow.assignment.Workbooks;
import org.supervisionflow.assignment.campaign.CampaignDraft;
import org.supervisionflow.assignment.framework.FrameworkDraft;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.Grade;
import org.supervisionflow.contracts.ReviewDecision;
import org.supervisionflow.contracts.SupervisionMessage;
import org.supervisionflow.contracts.review.ReviewCompleted;
import org.supervisionflow.contracts.workflow.ReportGraded;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scores and grades on the progress board, from review-service's {@code ReviewCompleted} and the engine's
 * {@code ReportGraded}, each consumed once and in any order. In the campaign of 2034年度 司法局's second version is
 * accepted (its first was returned, and that decision arrives last), 民政局's first version is accepted with a veto,
 * 市场监管局's first version is returned. The period keeps the campaign apart from the other tests'.
 */
@AssignmentServiceTest
class ReviewResultProgressIntegrationTest {

    private static final String ADMIN = TestTokens.officeAdmin();
    private static final Actor AUDITOR = new Actor("auditor-id", "auditor", "督察员", "auditor", null);

    private final Api api;
    private final JdbcClient jdbc;
    // Published and reviewed once for the class; static because each test gets a new instance.
    private static UUID campaignId;
    private static Map<String, UUID> ids;

    ReviewResultProgressIntegrationTest(@Autowired TestRestTemplate http, @Autowired JdbcClient jdbc) {
        this.api = new Api(http);
        this.jdbc = jdbc;
    }

    @BeforeEach
    void publishAndReviewOnce() {
        if (campaignId == null) {
            campaignId = publish("sifa", "minzheng", "shichang");
            ids = assignmentIds(campaignId);
            review();
        }
    }

    private void review() {
        UUID sifa = ids.get("sifa");
        Instant now = Instant.now();
        ReviewCompleted sifaAccepted = completed(sifa, 2, ReviewDecision.ACCEPT, "85.5", "100", false, now);
        ReviewCompleted sifaReturned = completed(sifa, 1, ReviewDecision.RETURN, "50", "100", false,
                now.minusSeconds(3600));
        ReportGraded staleGrade = graded(sifa, "sifa", 2, Grade.PASS, now.minusSeconds(60));
        ReviewCompleted unknown = completed(UUID.randomUUID(), 1, ReviewDecision.ACCEPT, "90", "100", false, now);
        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            // The grade may overtake the decision it grades (another topic).
            kafka.send(graded(sifa, "sifa", 2, Grade.GOOD, now));
            kafka.send(sifaAccepted);
            kafka.send(sifaAccepted);
            // An older version's decision and an earlier grading of the same version, arriving late, change nothing.
            kafka.send(sifaReturned);
            kafka.send(staleGrade);
            kafka.send(completed(ids.get("minzheng"), 1, ReviewDecision.ACCEPT_WITH_FINDINGS, "18", "24", true, now));
            kafka.send(completed(ids.get("shichang"), 1, ReviewDecision.RETURN, "40", "100", false, now));
            kafka.send(unknown);
        }
        for (SupervisionMessage last : List.of(sifaReturned, staleGrade, unknown)) {
            awaitHandled(last);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> board().findValuesAsText("reviewDecision").size() == 3);
    }

    @Test
    void theBoardShowsTheLatestDecidedVersionsScoreAndGradeWhateverOrderTheEventsCameIn() {
        Map<String, JsonNode> rows = byDepartment(board());

        JsonNode sifa = rows.get("sifa");
        assertThat(sifa.get("reviewedVersion").asInt()).isEqualTo(2);
        assertThat(sifa.get("reviewDecision").asText()).isEqualTo("ACCEPT");
        assertThat(sifa.get("score").decimalValue()).isEqualByComparingTo("85.5");
        assertThat(sifa.get("maxScore").decimalValue()).isEqualByComparingTo("100");
        assertThat(sifa.get("percentage").decimalValue()).isEqualByComparingTo("85.50");
        assertThat(sifa.get("vetoed").asBoolean()).isFalse();
        assertThat(sifa.get("grade").asText()).as("the latest grading of the version shown").isEqualTo("GOOD");

        JsonNode minzheng = rows.get("minzheng");
        assertThat(minzheng.get("score").decimalValue()).isEqualByComparingTo("18");
        assertThat(minzheng.get("percentage").decimalValue()).isEqualByComparingTo("75.00");
        assertThat(minzheng.get("vetoed").asBoolean()).isTrue();
        assertThat(minzheng.get("grade").asText()).as("a veto fails the report before the engine grades it")
                .isEqualTo("FAIL");

        JsonNode shichang = rows.get("shichang");
        assertThat(shichang.get("reviewedVersion").asInt()).isEqualTo(1);
        assertThat(shichang.get("reviewDecision").asText()).isEqualTo("RETURN");
        assertThat(shichang.hasNonNull("score")).as("a returned version's score is not final").isFalse();
        assertThat(shichang.hasNonNull("percentage")).isFalse();
        assertThat(shichang.hasNonNull("grade")).isFalse();

        JsonNode own = expect(api.get("/api/assignments?campaignId=" + campaignId, TestTokens.submitter("sifa")), 200);
        assertThat(own).extracting(row -> row.get("departmentCode").asText(), row -> row.get("grade").asText())
                .containsExactly(tuple("sifa", "GOOD"));
        JsonNode detail = expect(api.get("/api/assignments/" + ids.get("sifa"), TestTokens.leader("sifa")), 200);
        assertThat(detail.get("score").decimalValue()).isEqualByComparingTo("85.5");
        assertThat(detail.get("reviewedVersion").asInt()).isEqualTo(2);
    }

    @Test
    void theCampaignsStatisticsRankTheScoredDepartmentsByPercentage() {
        JsonNode progress = expect(api.get("/api/statistics/progress/campaigns/" + campaignId, TestTokens.viewer()), 200);

        assertThat(progress.get("ranking")).extracting(row -> row.get("rank").asInt(),
                row -> row.get("departmentCode").asText(), row -> row.get("percentage").asDouble(),
                row -> row.get("grade").asText())
                .containsExactly(tuple(1, "sifa", 85.5, "GOOD"), tuple(2, "minzheng", 75.0, "FAIL"));
        assertThat(progress.at("/rates/scored").asInt()).isEqualTo(2);
        assertThat(progress.at("/rates/averagePercentage").decimalValue()).isEqualByComparingTo("80.25");
        assertThat(progress.get("departments")).extracting(row -> row.get("departmentCode").asText(),
                row -> row.path("score").asText(), row -> row.path("grade").asText())
                .containsExactly(tuple("minzheng", "18", "FAIL"), tuple("sifa", "85.5", "GOOD"),
                        tuple("shichang", "", ""));

        JsonNode overview = expect(api.get("/api/statistics/progress/campaigns?year=2034", ADMIN), 200);
        assertThat(overview.at("/years/0/rates/averagePercentage").decimalValue()).isEqualByComparingTo("80.25");
    }

    @Test
    void theProgressExportHasTheScoresGradesAndRanks() {
        List<List<String>> rows = Workbooks.read(api.download("/api/campaigns/" + campaignId + "/progress/export", ADMIN));

        assertThat(rows.get(0)).containsExactly("部门", "阶段", "截止日期", "报送时间", "按时报送", "逾期", "预警",
                "审核结论", "得分", "满分", "得分率（%）", "等次", "一票否决", "排名", "公开截止日期", "公开日期", "按时公开");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0), row -> row.subList(7, 14))
                .containsExactly(
                        tuple("民政局", List.of("通过（需整改）", "18", "24", "75", "不合格", "是", "2")),
                        tuple("司法局", List.of("通过", "85.5", "100", "85.5", "良好", "否", "1")),
                        tuple("市场监管局", List.of("退回修改", "", "", "", "", "否", "")));
    }

    private JsonNode board() {
        return expect(api.get("/api/assignments?campaignId=" + campaignId, ADMIN), 200);
    }

    private static Map<String, JsonNode> byDepartment(JsonNode rows) {
        Map<String, JsonNode> result = new HashMap<>();
        rows.forEach(row -> result.put(row.get("departmentCode").asText(), row));
        return result;
    }

    /** Waits until the service's inbox recorded the message, i.e. its transaction (effect or none) committed. */
    private void awaitHandled(SupervisionMessage message) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from inbox_message where message_id = ?").param(message.id())
                .query(Integer.class).single() == 1);
    }

    private static ReviewCompleted completed(UUID assignmentId, int version, ReviewDecision decision, String score,
            String maxScore, boolean vetoed, Instant at) {
        return new ReviewCompleted(UUID.randomUUID(), assignmentId, at, UUID.randomUUID(), version, decision,
                new BigDecimal(score), new BigDecimal(maxScore), List.of(), List.of(), AUDITOR, vetoed);
    }

    private static ReportGraded graded(UUID assignmentId, String department, int version, Grade grade, Instant at) {
        return new ReportGraded(UUID.randomUUID(), assignmentId, at, department, version, new BigDecimal("85.5"),
                new BigDecimal("100"), grade);
    }

    private UUID publish(String... departments) {
        FrameworkDraft framework = TestData.framework("评分统计测试用分解表 " + UUID.randomUUID());
        UUID frameworkId = UUID.fromString(api.createFramework(framework).get("id").asText());
        CampaignDraft draft = TestData.campaign(frameworkId, LocalDate.now().plusDays(10), departments);
        UUID id = api.createCampaign(new CampaignDraft(draft.kind(), draft.title(), draft.documentNumber(), "2034年度",
                draft.dueDate(), draft.asksForPrincipalDuty(), frameworkId, draft.departments()));
        api.publish(id);
        return id;
    }

    private Map<String, UUID> assignmentIds(UUID campaign) {
        Map<String, UUID> result = new HashMap<>();
        expect(api.get("/api/assignments?campaignId=" + campaign, ADMIN), 200)
                .forEach(a -> result.put(a.get("departmentCode").asText(), UUID.fromString(a.get("id").asText())));
        return result;
    }
}
