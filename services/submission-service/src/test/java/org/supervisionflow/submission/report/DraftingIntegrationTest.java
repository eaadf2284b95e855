package org.supervisionflow.submission.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervisionflow.submission.report.Api.details;
import static org.supervisionflow.submission.report.Api.ok;
import static org.supervisionflow.submission.report.Api.section;
import static org.supervisionflow.submission.report.Api.texts;
import static org.supervisionflow.submission.report.OpenReportCommands.openReport;

import java.util.List;
import java.util.Map;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.contracts.submission.DraftStarted;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/** Drafting a report: sections with figures, the report's own fields, optimistic locking, and who may. */
class DraftingIntegrationTest extends ReportIntegrationTest {

    private String overview;
    private String threeSystems;
    private String court;

    @BeforeEach
    void nameTheSections() {
        overview = sectionPath(0);
        threeSystems = sectionPath(1);
        court = sectionPath(2);
    }

    @Test
    void aSubmitterSavesNarrativeAndFiguresAndReadsThemBackWithTheirUnits() {
        JsonNode saved = ok(api.put(court, TestTokens.submitter("minzheng"), section(0,
                "<p>行政机关负责人出庭应诉<strong>32</strong>件。</p>", "court-appearance-rate", 100,
                "judgments-executed", true)));

        assertThat(saved.get("version").asLong()).isEqualTo(1);
        assertThat(saved.at("/lastModified/by/username").asText()).isEqualTo("submitter-minzheng");
        JsonNode section = workspace().get("sections").get(2);
        assertThat(section.get("narrative").asText()).isEqualTo("<p>行政机关负责人出庭应诉<strong>32</strong>件。</p>");
        assertThat(section.get("version").asLong()).isEqualTo(1);
        assertThat(texts(section.get("metrics"), "code")).containsExactly("court-appearance-rate", "judgments-executed");
        assertThat(section.at("/metrics/0/value").decimalValue()).isEqualByComparingTo("100");
        assertThat(section.at("/metrics/0/unit").asText()).isEqualTo("%");
        assertThat(section.at("/metrics/1/value").asBoolean()).isTrue();

        ok(api.put(threeSystems, TestTokens.submitter("minzheng"), section(0, "三项制度", "legal-reviewers", 12)));
        JsonNode count = workspace().get("sections").get(1).get("metrics").get(0);
        assertThat(count.get("value").asLong()).isEqualTo(12);
        assertThat(count.get("unit").asText()).isEqualTo("人");
    }

    @Test
    void scriptsAndEventHandlersAreRemovedBeforeTheNarrativeIsStored() {
        ok(api.put(overview, TestTokens.submitter("minzheng"), section(0,
                "<p onclick=\"steal()\">全面推进<script>alert('x')</script>依法行政<img src=x onerror=alert(1)>"
                        + "<a href=\"javascript:alert(1)\">链接</a></p><ul><li>第一</li></ul>")));

        String stored = workspace().get("sections").get(0).get("narrative").asText();
        assertThat(stored).doesNotContain("script", "onclick", "onerror", "javascript", "alert")
                .contains("全面推进", "依法行政", "<ul><li>第一</li></ul>", "链接");
    }

    @Test
    void aSaveOnAStaleVersionIsRefusedNamingWhoSavedMeanwhileAndOverwritesNothing() {
        ok(api.put(overview, TestTokens.leader("minzheng"), section(0, "负责人的版本")));

        ResponseEntity<JsonNode> stale = api.put(overview, TestTokens.submitter("minzheng"), section(0, "填报员的版本"));

        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(stale.getBody().get("code").asText()).isEqualTo("stale-version");
        assertThat(stale.getBody().get("title").asText()).isEqualTo("已被他人修改");
        assertThat(stale.getBody().get("detail").asText()).contains("部门负责人");
        assertThat(stale.getBody().get("modifiedBy").asText()).isEqualTo("部门负责人");
        assertThat(stale.getBody().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(workspace().get("sections").get(0).get("narrative").asText()).isEqualTo("负责人的版本");

        ok(api.put(overview, TestTokens.submitter("minzheng"), section(1, "填报员在新版本上修改")));
        assertThat(workspace().get("sections").get(0).get("narrative").asText()).isEqualTo("填报员在新版本上修改");
    }

    @Test
    void figuresThatDoNotFitTheirMetricAreRefusedTogetherAndNothingIsSaved() {
        ok(api.put(court, TestTokens.submitter("minzheng"), section(0, "原文", "court-appearance-rate", 90)));

        ResponseEntity<JsonNode> refused = api.put(court, TestTokens.submitter("minzheng"), section(1, "新文",
                "court-appearance-rate", 100.5, "judgments-executed", "是", "no-such-metric", 1));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("invalid-metric-value");
        assertThat(texts(refused.getBody().get("errors"), "field")).containsExactly("metrics[court-appearance-rate]",
                "metrics[judgments-executed]", "metrics[no-such-metric]");
        assertThat(refused.getBody().at("/errors/0/message/zh-CN").asText()).contains("0到100");
        JsonNode section = workspace().get("sections").get(2);
        assertThat(section.get("narrative").asText()).isEqualTo("原文");
        assertThat(section.at("/metrics/0/value").decimalValue()).isEqualByComparingTo("90");

        ResponseEntity<JsonNode> negativeCount = api.put(threeSystems, TestTokens.submitter("minzheng"),
                section(0, "", "legal-reviewers", -1));
        ResponseEntity<JsonNode> fractionalCount = api.put(threeSystems, TestTokens.submitter("minzheng"),
                section(0, "", "legal-reviewers", 2.5));
        assertThat(negativeCount.getStatusCode().value()).isEqualTo(422);
        assertThat(fractionalCount.getStatusCode().value()).isEqualTo(422);
    }

    @Test
    void aRequestWithoutTheEditedVersionIsAValidationError() {
        ResponseEntity<JsonNode> response = api.put(overview, TestTokens.submitter("minzheng"),
                Map.of("narrative", "没有版本号"));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("code").asText()).isEqualTo("validation-failed");
        assertThat(texts(response.getBody().get("errors"), "field")).containsExactly("version");
    }

    @Test
    void contactAndDocumentNumberAreSavedOnTheReportsVersion() {
        JsonNode saved = ok(api.put("/api/reports/" + report.id(), TestTokens.submitter("minzheng"),
                details(0, "张明", "0571-87050000", "民政〔2026〕5号")));
        assertThat(saved.get("version").asLong()).isEqualTo(1);

        JsonNode workspace = workspace();
        assertThat(workspace.get("contactPerson").asText()).isEqualTo("张明");
        assertThat(workspace.get("contactPhone").asText()).isEqualTo("0571-87050000");
        assertThat(workspace.get("documentNumber").asText()).isEqualTo("民政〔2026〕5号");

        ResponseEntity<JsonNode> stale = api.put("/api/reports/" + report.id(), TestTokens.leader("minzheng"),
                details(0, "李华", "0571-1", ""));
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(stale.getBody().get("detail").asText()).contains("填报员");
        assertThat(workspace().get("contactPerson").asText()).isEqualTo("张明");
    }

    @Test
    void onlyTheFirstSaveOfTheDraftPublishesDraftStarted() {
        ok(api.put(overview, TestTokens.submitter("minzheng"), section(0, "第一次")));
        ok(api.put(overview, TestTokens.submitter("minzheng"), section(1, "第二次")));
        ok(api.put("/api/reports/" + report.id(), TestTokens.leader("minzheng"), details(0, "张明", "1", "")));

        List<DraftStarted> started = kafka.await(DraftStarted.class,
                event -> event.reportId().equals(report.id()), 2, QUIET.plus(DELIVERY.dividedBy(3)));
        assertThat(started).hasSize(1);
        assertThat(started.get(0).assignmentId()).isEqualTo(report.assignmentId());
        assertThat(started.get(0).actor().username()).isEqualTo("submitter-minzheng");
        assertThat(started.get(0).actor().role()).isEqualTo("dept-submitter");
        assertThat(started.get(0).actor().departmentCode()).isEqualTo("minzheng");
    }

    @Test
    void aSectionOfAnotherReportIsNotFound() {
        Report other = opening.open(openReport("minzheng", false)).orElseThrow();
        String foreignSection = "/api/reports/" + report.id() + "/sections/" + other.sections().get(0).id();

        ResponseEntity<JsonNode> response = api.put(foreignSection, TestTokens.submitter("minzheng"), section(0, "x"));

        assertThat(response.getStatusCode().value()).isEqualTo(404);
    }

    static Stream<Arguments> callers() {
        return Callers.expecting(200, 404, 403);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("callers")
    void onlyTheReportsOwnDepartmentDrafts(String caller, String token, int status) {
        assertThat(api.exchange(HttpMethod.PUT, overview, token, section(0, "内容")).getStatusCode().value())
                .isEqualTo(status);
        assertThat(api.exchange(HttpMethod.PUT, "/api/reports/" + report.id(), token, details(0, "张明", "1", ""))
                .getStatusCode().value()).isEqualTo(status);
        if (status != 200) {
            assertThat(workspace().get("sections").get(0).get("narrative").asText()).isEmpty();
            assertThat(workspace().get("contactPerson").asText()).isEmpty();
        }
    }

    @Test
    void aDraftAwaitingTheLeadersApprovalCannotBeEdited() {
        ok(api.post("/api/reports/" + report.id() + "/send-for-approval", TestTokens.submitter("minzheng"), null));

        ResponseEntity<JsonNode> response = api.put(overview, TestTokens.submitter("minzheng"), section(0, "迟到的修改"));

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().get("code").asText()).isEqualTo("report-not-editable");
        assertThat(response.getBody().get("detail").asText()).contains("待负责人审批");
    }

    private JsonNode workspace() {
        return ok(api.get("/api/reports/" + report.id(), TestTokens.officeAdmin()));
    }

}
