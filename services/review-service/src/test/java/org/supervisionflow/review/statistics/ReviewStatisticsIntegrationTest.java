package org.supervisionflow.review.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.supervisionflow.review.Api.expect;
import static org.supervisionflow.review.Fixtures.finding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.contracts.Grade;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.workflow.ReportGraded;
import org.supervisionflow.review.Fixtures;
import org.supervisionflow.review.KafkaIntegrationSupport;
import org.supervisionflow.review.Messages;
import org.supervisionflow.review.ReviewServiceTest;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A campaign of period 2020 reviewed for four departments (one returned once, one ungraded, one finding closed), and
 * an earlier campaign of 2019 for 统计局, whose department code no other test uses, so year over year is exact.
 */
@ReviewServiceTest
class ReviewStatisticsIntegrationTest extends KafkaIntegrationSupport {

    private static Reviewed reviewed;

    private final TestRestTemplate http;

    ReviewStatisticsIntegrationTest(@Autowired TestRestTemplate http) {
        super(http);
        this.http = http;
    }

    @Test
    void aCampaignRanksItsDepartmentsCountsGradesFindingsAndRectification() {
        JsonNode statistics = expect(api.get("/api/statistics/reviews/campaigns/" + reviewed().campaign2020(),
                TestTokens.viewer()), 200);

        assertThat(statistics.get("period").asText()).isEqualTo("2020");
        JsonNode ranking = statistics.get("ranking");
        assertThat(ranking.findValuesAsText("departmentName")).containsExactly("民政局", "市场监管局", "司法局", "统计局");
        assertThat(ranking.findValuesAsText("rank")).containsExactly("1", "1", "3", "4");
        assertThat(ranking.get(0).get("percentage").decimalValue()).isEqualByComparingTo("95.24");
        assertThat(ranking.get(2).get("totalScore").decimalValue()).isEqualByComparingTo("8");
        assertThat(ranking.findValuesAsText("grade")).containsExactly("EXCELLENT", "UNGRADED", "GOOD", "PASS");
        assertThat(statistics.get("grades").get("EXCELLENT").asInt()).isEqualTo(1);
        assertThat(statistics.get("grades").get("FAIL").asInt()).isZero();
        assertThat(statistics.get("grades").get("UNGRADED").asInt()).isEqualTo(1);

        List<String> byAspect = new ArrayList<>();
        statistics.get("findingsByAspectAndSeverity").forEach(count -> byAspect.add(count.get("aspect").asText() + "/"
                + count.get("severity").asText() + "/" + count.get("count").asText()));
        assertThat(byAspect).containsExactly("坚持严格规范公正文明执法/GENERAL/1", "坚持严格规范公正文明执法/SERIOUS/1",
                "强化对行政权力的制约和监督/GENERAL/1");
        JsonNode rectification = statistics.get("rectification");
        assertThat(rectification.get("found").asInt()).isEqualTo(3);
        assertThat(rectification.get("rectified").asInt()).isEqualTo(1);
        assertThat(rectification.get("inProgress").asInt()).isEqualTo(2);
        assertThat(rectification.get("overdue").asInt()).isZero();
        assertThat(rectification.get("closureRate").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(rectification.get("averageDaysToClose").decimalValue()).isEqualByComparingTo("0");
        assertThat(statistics.at("/rectificationByDepartment/minzheng/found").asInt()).isEqualTo(2);
    }

    @Test
    void campaignsCompareAcrossPeriodsAndADepartmentYearOverYear() {
        Reviewed reviewed = reviewed();

        JsonNode of2020 = expect(api.get("/api/statistics/reviews/campaigns?period=2020", TestTokens.auditor()), 200);
        assertThat(of2020.findValuesAsText("campaignId")).containsExactly(reviewed.campaign2020().toString());
        assertThat(of2020.get(0).get("departments").asInt()).isEqualTo(4);
        assertThat(of2020.get(0).get("averagePercentage").decimalValue()).isEqualByComparingTo("84.53");
        assertThat(expect(api.get("/api/statistics/reviews/campaigns", TestTokens.auditor()), 200)
                .findValuesAsText("campaignId")).contains(reviewed.campaign2019().toString(),
                        reviewed.campaign2020().toString());

        JsonNode years = expect(api.get("/api/statistics/reviews/departments/tongji", TestTokens.leader("tongji")), 200);
        assertThat(years.findValuesAsText("period")).containsExactly("2019", "2020");
        assertThat(years.get(0).get("averagePercentage").decimalValue()).isEqualByComparingTo("47.62");
        assertThat(years.get(1).get("averagePercentage").decimalValue()).isEqualByComparingTo("71.43");
        assertThat(years.get(1).at("/grades/PASS").asInt()).isEqualTo(1);
        expect(api.get("/api/statistics/reviews/departments/tongji", TestTokens.leader("sifa")), 404);
        expect(api.get("/api/statistics/reviews/campaigns/" + UUID.randomUUID(), TestTokens.auditor()), 404);
    }

    @Test
    void aYearSelectsTheCampaignsWhosePeriodNamesItAndThePeriodStillSelectsExactly() {
        UUID annual = UUID.randomUUID();
        UUID halfYear = UUID.randomUUID();
        UUID earlier = UUID.randomUUID();
        accepted(annual, "2017年度", "shichang", "6", "4", Grade.EXCELLENT);
        accepted(halfYear, "2017年上半年", "shichang", "5", "3", Grade.GOOD);
        accepted(earlier, "2016年度", "shichang", "2", "3", Grade.FAIL);

        JsonNode of2017 = expect(api.get("/api/statistics/reviews/campaigns?year=2017", TestTokens.viewer()), 200);
        assertThat(of2017.findValuesAsText("campaignId")).containsExactlyInAnyOrder(annual.toString(),
                halfYear.toString());
        assertThat(of2017.findValuesAsText("year")).containsOnly("2017");
        assertThat(expect(api.get("/api/statistics/reviews/campaigns?period=2017", TestTokens.viewer()), 200)
                .findValuesAsText("campaignId")).as("the period is compared as written")
                .doesNotContain(annual.toString(), halfYear.toString());
        assertThat(expect(api.get("/api/statistics/reviews/campaigns?period=2017年度", TestTokens.viewer()), 200)
                .findValuesAsText("campaignId")).containsExactly(annual.toString());
        assertThat(expect(api.get("/api/statistics/reviews/campaigns?period=2017年度&year=2016", TestTokens.viewer()),
                200)).as("both must match").isEmpty();

        JsonNode years = expect(api.get("/api/statistics/reviews/departments/shichang?year=2017",
                TestTokens.leader("shichang")), 200);
        assertThat(years.findValuesAsText("period")).containsExactly("2017年上半年", "2017年度");
        assertThat(years.findValuesAsText("year")).containsOnly("2017");
        assertThat(years.get(1).get("averagePercentage").decimalValue()).isEqualByComparingTo("95.24");
        assertThat(expect(api.get("/api/statistics/reviews/departments/shichang?year=2016", TestTokens.auditor()), 200)
                .findValuesAsText("period")).containsExactly("2016年度");
    }

    @Test
    void theRectificationLedgerReadsBackPerDepartmentPerAspectAndPerFinding() throws IOException {
        ResponseEntity<byte[]> response = http.exchange("/api/statistics/reviews/campaigns/" + reviewed().campaign2020()
                + "/rectification-ledger", HttpMethod.GET, new HttpEntity<>(TestTokens.headers(TestTokens.auditor())),
                byte[].class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).endsWith("整改台账.xlsx");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            assertThat(rows(workbook.getSheet("按单位"))).containsExactly(
                    List.of(Messages.CAMPAIGN_TITLE + " 整改台账（截至" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "）"),
                    List.of("单位", "发现问题", "已整改", "整改中", "逾期未整改", "整改率(%)", "平均整改天数"),
                    List.of("司法局", "1", "0", "1", "0", "0"),
                    List.of("民政局", "2", "1", "1", "0", "50", "0"),
                    List.of("合计", "3", "1", "2", "0", "33.33", "0"));
            assertThat(rows(workbook.getSheet("按方面")).subList(2, 5)).containsExactly(
                    List.of("坚持严格规范公正文明执法", "2", "1", "1", "0", "50", "0"),
                    List.of("强化对行政权力的制约和监督", "1", "0", "1", "0", "0"),
                    List.of("合计", "3", "1", "2", "0", "33.33", "0"));
            List<List<String>> findings = rows(workbook.getSheet("问题清单"));
            assertThat(findings.get(1)).startsWith("通知书编号", "单位", "方面", "指标", "严重程度", "问题描述");
            assertThat(findings.subList(2, 5)).extracting(row -> row.get(1) + "/" + row.get(4) + "/" + row.get(7))
                    .containsExactlyInAnyOrder("民政局/较重/已销号", "民政局/一般/整改中", "司法局/一般/整改中");
            assertThat(findings.subList(2, 5)).allSatisfy(row -> assertThat(row.get(0)).startsWith("整改〔"));
        }
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(format.formatCellValue(cell)));
            rows.add(cells);
        }
        return rows;
    }

    /** The reviews every test reads, made once by the first test (the Spring context exists only then). */
    private Reviewed reviewed() {
        if (reviewed == null) {
            UUID campaign2020 = UUID.randomUUID();
            UUID campaign2019 = UUID.randomUUID();

            Fixtures.Opened minzheng = claimed(campaign2020, "2020", "minzheng");
            fixtures.score(minzheng, "6", "4");
            JsonNode minzhengFindings = fixtures.acceptWithFindings(minzheng, List.of(
                    finding(minzheng, 0, "SERIOUS", "执法公示不及时"), finding(minzheng, 1, "GENERAL", "出庭应诉率偏低")));
            graded(minzheng, Grade.EXCELLENT);
            UUID closing = UUID.fromString(minzhengFindings.at("/findings/0/id").asText());
            kafka.send(Messages.openVerification(minzheng.issued().assignmentId(), closing, UUID.randomUUID(), 1));
            await().atMost(Fixtures.DELIVERY).until(() -> expect(api.get("/api/findings/" + closing, TestTokens.auditor()),
                    200).get("status").asText().equals("ANSWERED"));
            expect(api.post("/api/findings/" + closing + "/verify", Map.of("outcome", "CLOSED"), TestTokens.auditor()), 200);

            Fixtures.Opened returned = claimed(campaign2020, "2020", "sifa");
            expect(api.post(returned.path() + "/decision", Map.of("decision", "RETURN",
                    "returnReasons", List.of(Map.of("reason", "缺少出庭应诉数据"))), TestTokens.auditor()), 200);
            kafka.send(Messages.openReview(returned.issued(), returned.command().reportId(), 2));
            Fixtures.Opened sifa = new Fixtures.Opened(returned.issued(), returned.command(),
                    fixtures.awaitReviewOf(returned.issued().assignmentId(), 2));
            expect(api.post(sifa.path() + "/claim", null, TestTokens.auditor()), 200);
            fixtures.score(sifa, "5", "3");
            fixtures.acceptWithFindings(sifa, List.of(finding(sifa, 0, "GENERAL", "执法记录不全")));
            graded(sifa, Grade.GOOD);

            Fixtures.Opened shichang = claimed(campaign2020, "2020", "shichang");
            fixtures.score(shichang, "6", "4");
            expect(api.post(shichang.path() + "/decision", Map.of("decision", "ACCEPT"), TestTokens.auditor()), 200);

            accepted(campaign2020, "2020", "tongji", "4", "3.5", Grade.PASS);
            accepted(campaign2019, "2019", "tongji", "2", "3", Grade.FAIL);
            reviewed = new Reviewed(campaign2020, campaign2019);
        }
        return reviewed;
    }

    private Fixtures.Opened claimed(UUID campaignId, String period, String department) {
        AssignmentIssued issued = Messages.assignmentIssued(UUID.randomUUID(), campaignId, period, department,
                Messages.indicators());
        Fixtures.Opened opened = fixtures.openedReview(issued);
        expect(api.post(opened.path() + "/claim", null, TestTokens.auditor()), 200);
        return opened;
    }

    private void accepted(UUID campaignId, String period, String department, String first, String second, Grade grade) {
        Fixtures.Opened opened = claimed(campaignId, period, department);
        fixtures.score(opened, first, second);
        expect(api.post(opened.path() + "/decision", Map.of("decision", "ACCEPT"), TestTokens.auditor()), 200);
        graded(opened, grade);
    }

    private void graded(Fixtures.Opened opened, Grade grade) {
        JsonNode review = expect(api.get(opened.path(), TestTokens.auditor()), 200);
        kafka.send(new ReportGraded(UUID.randomUUID(), opened.issued().assignmentId(), Instant.now(),
                review.get("departmentCode").asText(), review.get("reportVersion").asInt(),
                review.get("totalScore").decimalValue(), review.get("maxScore").decimalValue(), grade));
        await().atMost(Fixtures.DELIVERY).until(() -> grade.name().equals(
                expect(api.get(opened.path(), TestTokens.auditor()), 200).path("grade").asText()));
    }

    private record Reviewed(UUID campaign2020, UUID campaign2019) {
    }
}
