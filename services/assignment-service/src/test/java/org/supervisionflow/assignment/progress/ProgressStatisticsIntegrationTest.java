package org.supervisionflow.assignment.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.supervisionflow.assignment.Api.expect;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.supervisionflow.assignment.Api;
import org.supervisionflow.assignment.AssignmentServiceTest;
import org.supervisionflow.assignment.MutableClock;
import org.supervisionflow.assignment.TestData;
import org.supervisionflow.assignment.Workbooks;
import org.supervisionflow.assignment.campaign.CampaignDraft;
import org.supervisionflow.assignment.framework.FrameworkDraft;
import org.supervisionflow.contracts.DeadlineKind;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.WarningLevel;
import org.supervisionflow.contracts.workflow.DeadlineMissed;
import org.supervisionflow.contracts.workflow.StageChanged;
import org.supervisionflow.contracts.workflow.WarningRaised;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Submission and on-time statistics. Campaigns of the periods 2031年度 and 2032年度 keep these apart from the other
 * tests': in 2031 司法局 submits on time, 民政局 late (after a missed deadline and a yellow warning) and 市场监管局 not
 * at all, seen 20 days after the due date; in 2032 司法局 has not submitted yet.
 */
@AssignmentServiceTest
class ProgressStatisticsIntegrationTest {

    private static final String ADMIN = TestTokens.officeAdmin();
    private static final ZoneId OFFICES = ZoneId.of("Asia/Shanghai");

    private final Api api;
    private final MutableClock clock;
    // Published once for the class; static because each test gets a new instance.
    private static UUID campaign2031;
    private static LocalDate due;

    ProgressStatisticsIntegrationTest(@Autowired TestRestTemplate http, @Autowired MutableClock clock) {
        this.api = new Api(http);
        this.clock = clock;
    }

    @BeforeEach
    void runTwoYearsOfCampaignsAndLookThirtyDaysLater() {
        if (campaign2031 == null) {
            runTwoYearsOfCampaigns();
        }
        clock.advance(Duration.ofDays(30));
    }

    private void runTwoYearsOfCampaigns() {
        due = LocalDate.now(clock).plusDays(10);
        campaign2031 = publish(2031, "sifa", "minzheng", "shichang");
        Map<String, UUID> ids = assignmentIds(campaign2031);
        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            kafka.send(submitted(ids.get("sifa"), "sifa", due.atTime(17, 0)));
            kafka.send(new DeadlineMissed(UUID.randomUUID(), ids.get("minzheng"), Instant.now(), "minzheng",
                    DeadlineKind.REPORT_SUBMISSION, null, due));
            kafka.send(new WarningRaised(UUID.randomUUID(), ids.get("minzheng"), Instant.now(), "minzheng",
                    DeadlineKind.REPORT_SUBMISSION, null, due, WarningLevel.YELLOW, 1));
            kafka.send(submitted(ids.get("minzheng"), "minzheng", due.plusDays(2).atTime(9, 30)));
            // A resubmission later on does not change when the report was first submitted.
            kafka.send(submitted(ids.get("sifa"), "sifa", due.plusDays(3).atTime(9, 0)));
        }
        publish(2032, "sifa");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode progress = expect(api.get("/api/statistics/progress/campaigns/" + campaign2031, ADMIN), 200);
            return progress.at("/rates/submitted").asInt() == 2
                    && progress.get("departments").findValuesAsText("warningLevel").contains("YELLOW");
        });
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCampaignsRatesRowsAndOverdueList() {
        JsonNode progress = expect(api.get("/api/statistics/progress/campaigns/" + campaign2031, TestTokens.viewer()), 200);

        assertThat(progress.get("year").asInt()).isEqualTo(2031);
        assertThat(progress.at("/rates/assigned").asInt()).isEqualTo(3);
        assertThat(progress.at("/rates/submitted").asInt()).isEqualTo(2);
        assertThat(progress.at("/rates/onTime").asInt()).isEqualTo(1);
        assertThat(progress.at("/rates/overdue").asInt()).isEqualTo(2);
        assertThat(progress.at("/rates/submissionRate").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(progress.at("/rates/onTimeRate").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(progress.get("departments")).extracting(row -> row.get("departmentCode").asText(),
                row -> row.get("onTime").asBoolean(), row -> row.get("overdue").asBoolean(),
                row -> row.path("warningLevel").asText())
                .containsExactly(tuple("minzheng", false, true, "YELLOW"), tuple("sifa", true, false, ""),
                        tuple("shichang", false, true, ""));
        assertThat(progress.get("overdue")).extracting(row -> row.get("departmentName").asText())
                .containsExactly("民政局", "市场监管局");
    }

    @Test
    void acrossCampaignsPerYearAndEachDepartmentYearOverYear() {
        JsonNode overview = expect(api.get("/api/statistics/progress/campaigns?year=2031", TestTokens.auditor()), 200);
        assertThat(overview.get("years")).extracting(y -> y.get("year").asInt(), y -> y.get("campaigns").asInt(),
                y -> y.at("/rates/assigned").asInt()).containsExactly(tuple(2031, 1, 3));
        assertThat(overview.get("campaigns")).extracting(c -> c.get("campaignId").asText())
                .containsExactly(campaign2031.toString());
        assertThat(overview.get("overdue")).hasSize(2);

        JsonNode sifa = expect(api.get("/api/statistics/progress/departments?departmentCode=sifa", ADMIN), 200);
        assertThat(sifa).hasSize(1);
        // Other test classes add later years for 司法局 in any order; 2031 and 2032 follow each other all the same.
        Map<Integer, JsonNode> years = new HashMap<>();
        sifa.get(0).get("years").forEach(year -> years.put(year.get("year").asInt(), year));
        JsonNode y2031 = years.get(2031);
        JsonNode y2032 = years.get(2032);
        assertThat(y2031.at("/rates/onTimeRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(y2032.at("/rates/submissionRate").decimalValue()).isEqualByComparingTo("0");
        assertThat(y2032.get("participationChange").decimalValue()).isEqualByComparingTo("-1");
        assertThat(y2032.get("onTimeChange").decimalValue()).isEqualByComparingTo("-1");
    }

    @Test
    void aCampaignsProgressExportsAsAWorkbook() {
        List<List<String>> rows = Workbooks.read(api.download("/api/campaigns/" + campaign2031 + "/progress/export", ADMIN));

        assertThat(rows.get(0)).containsExactly("部门", "阶段", "截止日期", "报送时间", "按时报送", "逾期", "预警",
                "审核结论", "得分", "满分", "得分率（%）", "等次", "一票否决", "排名", "公开截止日期", "公开日期", "按时公开");
        // Nothing reviewed yet: the review columns are blank. The period 2031年度 is to be public by 2032-03-31: not
        // published, and not late yet.
        List<String> notReviewed = List.of("", "", "", "", "", "", "");
        assertThat(rows.subList(1, rows.size())).containsExactly(
                row(List.of("民政局", "已报送", due.toString(), due.plusDays(2) + " 09:30", "否", "是", "黄牌"),
                        notReviewed, List.of("2032-03-31", "", "")),
                row(List.of("司法局", "已报送", due.toString(), due + " 17:00", "是", "否", "无"), notReviewed,
                        List.of("2032-03-31", "", "")),
                row(List.of("市场监管局", "已下达", due.toString(), "", "否", "是", "无"), notReviewed,
                        List.of("2032-03-31", "", "")));
    }

    @SafeVarargs
    private static List<String> row(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    @Test
    void statisticsAreForOfficeRolesOnly() {
        assertThat(api.get("/api/statistics/progress/campaigns", TestTokens.leader("sifa")).getStatusCode().value())
                .isEqualTo(403);
        assertThat(api.get("/api/statistics/progress/campaigns/" + UUID.randomUUID(), ADMIN).getStatusCode().value())
                .isEqualTo(404);
    }

    private StageChanged submitted(UUID assignmentId, String department, LocalDateTime at) {
        return new StageChanged(UUID.randomUUID(), assignmentId, at.atZone(OFFICES).toInstant(), department,
                ReportStage.AWAITING_LEADER_APPROVAL, ReportStage.SUBMITTED);
    }

    private UUID publish(int year, String... departments) {
        FrameworkDraft draft = TestData.framework("统计测试用分解表 " + year);
        UUID frameworkId = UUID.fromString(api.createFramework(new FrameworkDraft(draft.name(), year, draft.description(),
                draft.aspects())).get("id").asText());
        CampaignDraft campaign = TestData.campaign(frameworkId, due, departments);
        // A campaign counts in the year its period names.
        UUID campaignId = api.createCampaign(new CampaignDraft(campaign.kind(), campaign.title(), campaign.documentNumber(),
                year + "年度", campaign.dueDate(), campaign.asksForPrincipalDuty(), frameworkId, campaign.departments()));
        api.publish(campaignId);
        return campaignId;
    }

    private Map<String, UUID> assignmentIds(UUID campaignId) {
        Map<String, UUID> ids = new HashMap<>();
        expect(api.get("/api/assignments?campaignId=" + campaignId, ADMIN), 200)
                .forEach(a -> ids.put(a.get("departmentCode").asText(), UUID.fromString(a.get("id").asText())));
        return ids;
    }
}
