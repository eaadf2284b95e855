package org.supervisionflow.assignment.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.supervisionflow.assignment.Api.expect;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.supervisionflow.assignment.Api;
import org.supervisionflow.assignment.AssignmentServiceTest;
import org.supervisionflow.assignment.TestData;
import org.supervisionflow.assignment.Workbooks;
import org.supervisionflow.assignment.campaign.CampaignDraft;
import org.supervisionflow.assignment.framework.FrameworkDraft;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.submission.ReportPublished;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who published their annual report on time: the campaign's publication due date, {@code ReportPublished} from
 * submission-service on the assignment, and the publication rates. The period 2033年度 keeps the campaign apart.
 */
@AssignmentServiceTest
class PublicationProgressIntegrationTest {

    private static final String ADMIN = TestTokens.officeAdmin();

    private final Api api;

    PublicationProgressIntegrationTest(@Autowired TestRestTemplate http) {
        this.api = new Api(http);
    }

    @Test
    void publicationsOnTimeLateAndMissingShowInTheRatesRowsAndExport() {
        LocalDate due = LocalDate.now().plusDays(10);
        LocalDate publicationDue = due.plusDays(30);
        UUID campaignId = api.createCampaign(annualReport(framework(), "2033年度", due, publicationDue, "sifa", "minzheng",
                "shichang"));
        api.publish(campaignId);
        Map<String, UUID> ids = assignmentIds(campaignId);
        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            ReportPublished sifa = published(ids.get("sifa"), due.plusDays(5));
            kafka.send(sifa);
            kafka.send(sifa);
            // A second publication of the same report does not move the first date.
            kafka.send(published(ids.get("sifa"), due.plusDays(50)));
            kafka.send(published(ids.get("minzheng"), publicationDue.plusDays(1)));
            kafka.send(published(UUID.randomUUID(), due));
        }
        String path = "/api/statistics/progress/campaigns/" + campaignId;
        await().atMost(Duration.ofSeconds(30))
                .until(() -> expect(api.get(path, ADMIN), 200).at("/rates/published").asInt() == 2);

        JsonNode progress = expect(api.get(path, TestTokens.viewer()), 200);
        assertThat(progress.get("publicationDueDate").asText()).isEqualTo(publicationDue.toString());
        assertThat(progress.at("/rates/annualReports").asInt()).isEqualTo(3);
        assertThat(progress.at("/rates/publishedOnTime").asInt()).isEqualTo(1);
        assertThat(progress.at("/rates/publicationRate").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(progress.at("/rates/onTimePublicationRate").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(progress.get("departments")).extracting(row -> row.get("departmentCode").asText(),
                row -> row.path("publishedOn").asText(), row -> row.path("publishedOnTime").asText())
                .containsExactly(tuple("minzheng", publicationDue.plusDays(1).toString(), "false"),
                        tuple("sifa", due.plusDays(5).toString(), "true"), tuple("shichang", "", ""));

        assertThat(expect(api.get("/api/assignments?campaignId=" + campaignId, TestTokens.submitter("sifa")), 200))
                .extracting(row -> row.get("publishedOn").asText()).containsExactly(due.plusDays(5).toString());

        JsonNode overview = expect(api.get("/api/statistics/progress/campaigns?year=2033", ADMIN), 200);
        assertThat(overview.at("/years/0/rates/onTimePublicationRate").decimalValue()).isEqualByComparingTo("0.3333");

        List<List<String>> rows = Workbooks.read(api.download("/api/campaigns/" + campaignId + "/progress/export", ADMIN));
        assertThat(rows.get(0)).endsWith("公开截止日期", "公开日期", "按时公开");
        assertThat(rows.get(2)).endsWith(publicationDue.toString(), due.plusDays(5).toString(), "是");
        assertThat(rows.get(1)).endsWith(publicationDue.toString(), publicationDue.plusDays(1).toString(), "否");
        assertThat(rows.get(3)).endsWith(publicationDue.toString(), "", "");
    }

    @Test
    void anAnnualReportIsDueToBePublicByMarchThirtyFirstAfterItsPeriodAndOtherKindsAreNotPublished() {
        LocalDate due = LocalDate.now().plusDays(10);
        UUID frameworkId = framework();
        UUID annual = api.createCampaign(annualReport(frameworkId, "2025年度", due, null, "sifa"));
        assertThat(expect(api.get("/api/campaigns/" + annual, ADMIN), 200).get("publicationDueDate").asText())
                .isEqualTo("2026-03-31");

        CampaignDraft inspection = new CampaignDraft(CampaignKind.SPECIAL_INSPECTION, "专项督察 " + UUID.randomUUID(),
                "X市法治办〔2026〕9号", "2025年度", due, false, frameworkId,
                List.of(new CampaignDraft.RecipientDraft("sifa", null)), null, due.plusDays(5));
        JsonNode refused = expect(api.post("/api/campaigns", inspection, ADMIN), 422);
        assertThat(refused.get("errors").findValuesAsText("field")).containsExactly("publicationDueDate");
        JsonNode early = expect(api.post("/api/campaigns", annualReport(frameworkId, "2025年度", due, due.minusDays(1),
                "sifa"), ADMIN), 422);
        assertThat(early.get("errors").findValuesAsText("field")).containsExactly("publicationDueDate");
        assertThat(expect(api.get("/api/campaigns", ADMIN), 200).findValuesAsText("title"))
                .doesNotContain(inspection.title());
    }

    private UUID framework() {
        FrameworkDraft draft = TestData.framework("公开统计测试用分解表 " + UUID.randomUUID());
        return UUID.fromString(api.createFramework(draft).get("id").asText());
    }

    private static CampaignDraft annualReport(UUID frameworkId, String period, LocalDate due, LocalDate publicationDue,
            String... departments) {
        CampaignDraft draft = TestData.campaign(frameworkId, due, departments);
        return new CampaignDraft(draft.kind(), draft.title(), draft.documentNumber(), period, draft.dueDate(),
                draft.asksForPrincipalDuty(), frameworkId, draft.departments(), null, publicationDue);
    }

    private static ReportPublished published(UUID assignmentId, LocalDate on) {
        Actor leader = new Actor("leader-id", "leader", "部门负责人", "dept-leader", "sifa");
        return new ReportPublished(UUID.randomUUID(), assignmentId, Instant.now(), UUID.randomUUID(), 1, on, leader,
                leader);
    }

    private Map<String, UUID> assignmentIds(UUID campaignId) {
        Map<String, UUID> ids = new HashMap<>();
        expect(api.get("/api/assignments?campaignId=" + campaignId, ADMIN), 200)
                .forEach(a -> ids.put(a.get("departmentCode").asText(), UUID.fromString(a.get("id").asText())));
        return ids;
    }
}
