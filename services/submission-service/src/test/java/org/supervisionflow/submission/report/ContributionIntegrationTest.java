package org.supervisionflow.submission.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervisionflow.submission.report.Api.ok;
import static org.supervisionflow.submission.report.Api.section;
import static org.supervisionflow.submission.report.OpenReportCommands.COURT_APPEARANCE;
import static org.supervisionflow.submission.report.OpenReportCommands.openReport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.supervisionflow.contracts.AssignedIndicator;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.IndicatorRole;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Co-units: 司法局 leads 行政机关负责人出庭应诉 in a campaign where 民政局 is a co-unit of it. 民政局 writes its part
 * in its own report; 司法局 sees it once 民政局's leader approved it.
 */
@EmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContributionIntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ReportOpening opening;

    private Api api;
    private Report coUnit;
    private Report lead;
    private String contributions;

    @BeforeEach
    void openLeadAndCoUnitReportsOfOneCampaign() {
        api = new Api(http);
        UUID campaignId = UUID.randomUUID();
        coUnit = opening.open(openReport(UUID.randomUUID(), campaignId, "minzheng", LocalDate.of(2026, 3, 31), false))
                .orElseThrow();
        AssignedIndicator leading = new AssignedIndicator(COURT_APPEARANCE.indicatorId(), COURT_APPEARANCE.code(),
                COURT_APPEARANCE.aspectTitle(), COURT_APPEARANCE.title(), COURT_APPEARANCE.requirement(),
                COURT_APPEARANCE.maxPoints(), IndicatorRole.LEAD, COURT_APPEARANCE.metrics(),
                COURT_APPEARANCE.expectedEvidence());
        lead = opening.open(new OpenReport(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), new AssignmentScope(
                campaignId, "2025年度法治政府建设情况报告", "依法治市办〔2026〕3号", CampaignKind.ANNUAL_REPORT, "2025",
                LocalDate.of(2026, 3, 31), "sifa", "司法局", false, List.of(leading)))).orElseThrow();
        contributions = "/api/reports/" + lead.id() + "/sections/" + lead.sections().get(1).id() + "/contributions";
    }

    @Test
    void theLeadSeesItsCoUnitsPartOnlyOnceTheCoUnitsLeaderApprovedIt() {
        String coUnitSection = "/api/reports/" + coUnit.id() + "/sections/" + coUnit.sections().get(2).id();
        ok(api.put(coUnitSection, TestTokens.submitter("minzheng"),
                section(0, "<p>民政局负责人出庭应诉3件</p>", "court-appearance-rate", 100, "judgments-executed", true)));

        JsonNode pending = ok(api.get(contributions, TestTokens.submitter("sifa")));
        assertThat(pending).hasSize(1);
        assertThat(pending.at("/0/departmentName").asText()).isEqualTo("民政局");
        assertThat(pending.at("/0/status").asText()).isEqualTo("OPEN_FOR_DRAFTING");
        assertThat(pending.get(0).has("contribution")).isFalse();

        ok(api.post("/api/reports/" + coUnit.id() + "/send-for-approval", TestTokens.submitter("minzheng"), null));
        ok(api.post("/api/reports/" + coUnit.id() + "/approve", TestTokens.leader("minzheng"), null));

        JsonNode approved = ok(api.get(contributions, TestTokens.leader("sifa")));
        assertThat(approved.at("/0/version").asInt()).isEqualTo(1);
        assertThat(approved.at("/0/contribution/narrative").asText()).isEqualTo("<p>民政局负责人出庭应诉3件</p>");
        assertThat(approved.at("/0/contribution/role").asText()).isEqualTo("CO_UNIT");
        assertThat(approved.at("/0/contribution/metrics/0/value").decimalValue()).isEqualByComparingTo("100");
        assertThat(ok(api.get(contributions, TestTokens.auditor())).at("/0/version").asInt()).isEqualTo(1);
    }

    @Test
    void onlyTheLeadsDepartmentAndTheOfficeSeeContributions() {
        assertThat(api.get(contributions, TestTokens.submitter("minzheng")).getStatusCode().value()).isEqualTo(404);
        assertThat(api.get(contributions, TestTokens.leader("shichang")).getStatusCode().value()).isEqualTo(404);
        assertThat(api.get(contributions, TestTokens.viewer()).getStatusCode().value()).isEqualTo(200);
        assertThat(api.get(contributions, TestTokens.officeAdmin()).getStatusCode().value()).isEqualTo(200);
        assertThat(api.get(contributions, null).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void aSectionThatIsNotALeadIndicatorHasNoContributions() {
        String overview = "/api/reports/" + lead.id() + "/sections/" + lead.sections().get(0).id() + "/contributions";
        String coUnitsOwn = "/api/reports/" + coUnit.id() + "/sections/" + coUnit.sections().get(2).id()
                + "/contributions";

        assertThat(api.get(overview, TestTokens.submitter("sifa")).getStatusCode().value()).isEqualTo(422);
        assertThat(api.get(coUnitsOwn, TestTokens.submitter("minzheng")).getStatusCode().value()).isEqualTo(422);
    }
}
