package org.supervisionflow.submission.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.supervisionflow.submission.report.Api.ok;
import static org.supervisionflow.submission.report.Api.section;
import static org.supervisionflow.submission.report.Api.texts;

import java.math.BigDecimal;
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
import org.supervisionflow.contracts.submission.ReportApprovalRejected;
import org.supervisionflow.contracts.submission.ReportSentForApproval;
import org.supervisionflow.contracts.ReportedMetric;
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/** The department's internal approval and the immutable versions it produces. */
class ApprovalIntegrationTest extends ReportIntegrationTest {

    @BeforeEach
    void draftTheReport() {
        draft("<p>出庭应诉率100%</p>", 100);
    }

    @Test
    void theLeadersApprovalSubmitsAnImmutableNumberedVersionOfTheWholeDraft() {
        JsonNode sent = ok(api.post(base + "/send-for-approval", TestTokens.submitter("minzheng"), null));
        assertThat(sent.get("status").asText()).isEqualTo("AWAITING_LEADER_APPROVAL");

        JsonNode approved = ok(api.post(base + "/approve", TestTokens.leader("minzheng"), null));

        assertThat(approved.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(approved.get("versions").asInt()).isEqualTo(1);
        ReportSubmitted submitted = kafka.await(ReportSubmitted.class, event -> event.reportId().equals(report.id()),
                1, DELIVERY).get(0);
        assertThat(submitted.version()).isEqualTo(1);
        assertThat(submitted.assignmentId()).isEqualTo(report.assignmentId());
        assertThat(submitted.submitter().username()).isEqualTo("submitter-minzheng");
        assertThat(submitted.approver().username()).isEqualTo("leader-minzheng");
        assertThat(submitted.approver().role()).isEqualTo("dept-leader");
        assertThat(submitted.metrics()).as("the figures filled in, yes as 1; unfilled ones left out").containsExactly(
                new ReportedMetric(OpenReportCommands.COURT_APPEARANCE.indicatorId(), "court-appearance-rate",
                        new BigDecimal("100")),
                new ReportedMetric(OpenReportCommands.COURT_APPEARANCE.indicatorId(), "judgments-executed",
                        BigDecimal.ONE));
        assertThat(kafka.await(ReportSentForApproval.class, event -> event.reportId().equals(report.id()), 1, DELIVERY)
                .get(0).actor().username()).isEqualTo("submitter-minzheng");

        JsonNode versions = ok(api.get(base + "/versions", TestTokens.auditor()));
        assertThat(texts(versions, "number")).containsExactly("1");
        assertThat(versions.get(0).has("content")).isFalse();
        JsonNode version = ok(api.get(base + "/versions/1", TestTokens.auditor()));
        assertThat(version.at("/approver/displayName").asText()).isEqualTo("部门负责人");
        assertThat(version.at("/content/contactPerson").asText()).isEqualTo("张明");
        assertThat(version.at("/content/documentNumber").asText()).isEqualTo("民政〔2026〕5号");
        assertThat(version.at("/content/sections")).hasSize(6);
        assertThat(version.at("/content/sections/2/narrative").asText()).isEqualTo("<p>出庭应诉率100%</p>");
        assertThat(version.at("/content/sections/2/metrics/0/value").decimalValue()).isEqualByComparingTo("100");
        assertThat(version.at("/content/sections/2/metrics/0/unit").asText()).isEqualTo("%");

        ResponseEntity<JsonNode> edit = api.put(base + "/sections/" + report.sections().get(2).id(),
                TestTokens.submitter("minzheng"), section(1, "提交后再改"));
        assertThat(edit.getStatusCode().value()).isEqualTo(409);
        assertThat(edit.getBody().get("detail").asText()).contains("已报送");
        assertThat(ok(api.get(base + "/versions/1", TestTokens.auditor())).at("/content/sections/2/narrative").asText())
                .isEqualTo("<p>出庭应诉率100%</p>");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteASubmittedVersion() {
        ok(api.post(base + "/send-for-approval", TestTokens.submitter("minzheng"), null));
        ok(api.post(base + "/approve", TestTokens.leader("minzheng"), null));

        assertThatThrownBy(() -> jdbc.sql("update report_version set content = '{}' where report_id = ?")
                .param(report.id()).update()).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from report_version where report_id = ?")
                .param(report.id()).update()).hasMessageContaining("immutable");
    }

    @Test
    void aRejectionSendsTheDraftBackWithTheLeadersCommentAndTheDraftCanBeSentAgain() {
        ok(api.post(base + "/send-for-approval", TestTokens.submitter("minzheng"), null));

        JsonNode rejected = ok(api.post(base + "/reject", TestTokens.leader("minzheng"),
                Map.of("comment", "请补充出庭应诉案件数量")));

        assertThat(rejected.get("status").asText()).isEqualTo("OPEN_FOR_DRAFTING");
        JsonNode workspace = ok(api.get(base, TestTokens.submitter("minzheng")));
        assertThat(workspace.at("/lastRejection/comment").asText()).isEqualTo("请补充出庭应诉案件数量");
        assertThat(workspace.at("/lastRejection/leader/username").asText()).isEqualTo("leader-minzheng");
        ReportApprovalRejected event = kafka.await(ReportApprovalRejected.class,
                candidate -> candidate.reportId().equals(report.id()), 1, DELIVERY).get(0);
        assertThat(event.comment()).isEqualTo("请补充出庭应诉案件数量");
        assertThat(event.leader().role()).isEqualTo("dept-leader");

        ok(api.put(base + "/sections/" + report.sections().get(0).id(), TestTokens.submitter("minzheng"),
                section(0, "补充后的概述")));
        ok(api.post(base + "/send-for-approval", TestTokens.submitter("minzheng"), null));
        ok(api.post(base + "/approve", TestTokens.leader("minzheng"), null));
        assertThat(ok(api.get(base, TestTokens.submitter("minzheng"))).has("lastRejection")).isFalse();
        assertThat(ok(api.get(base + "/versions/1", TestTokens.auditor())).at("/content/sections/0/narrative").asText())
                .isEqualTo("补充后的概述");
    }

    @Test
    void aRejectionNeedsAComment() {
        ok(api.post(base + "/send-for-approval", TestTokens.submitter("minzheng"), null));

        ResponseEntity<JsonNode> response = api.post(base + "/reject", TestTokens.leader("minzheng"),
                Map.of("comment", "  "));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(texts(response.getBody().get("errors"), "field")).containsExactly("comment");
        assertThat(ok(api.get(base, TestTokens.leader("minzheng"))).get("status").asText())
                .isEqualTo("AWAITING_LEADER_APPROVAL");
    }

    @Test
    void eachStepOnlyFromItsStatusSoARepeatedClickChangesNothing() {
        ResponseEntity<JsonNode> approveDraft = api.post(base + "/approve", TestTokens.leader("minzheng"), null);
        assertThat(approveDraft.getStatusCode().value()).isEqualTo(409);
        assertThat(approveDraft.getBody().get("code").asText()).isEqualTo("report-not-awaiting-approval");

        ok(api.post(base + "/send-for-approval", TestTokens.submitter("minzheng"), null));
        assertThat(api.post(base + "/send-for-approval", TestTokens.submitter("minzheng"), null).getStatusCode().value())
                .isEqualTo(409);
        ok(api.post(base + "/approve", TestTokens.leader("minzheng"), null));
        assertThat(api.post(base + "/approve", TestTokens.leader("minzheng"), null).getStatusCode().value())
                .isEqualTo(409);
        assertThat(api.post(base + "/reject", TestTokens.leader("minzheng"), Map.of("comment", "晚了")).getStatusCode()
                .value()).isEqualTo(409);

        assertThat(kafka.await(ReportSubmitted.class, event -> event.reportId().equals(report.id()), 2, QUIET))
                .hasSize(1);
        assertThat(texts(ok(api.get(base + "/versions", TestTokens.leader("minzheng"))), "number")).containsExactly("1");
    }

    static Stream<Arguments> sendCallers() {
        return Stream.of(
                Arguments.of("own dept-submitter", TestTokens.submitter("minzheng"), 200),
                Arguments.of("own dept-leader", TestTokens.leader("minzheng"), 403),
                Arguments.of("other dept-submitter", TestTokens.submitter("sifa"), 404),
                Arguments.of("office-admin", TestTokens.officeAdmin(), 403),
                Arguments.of("auditor", TestTokens.auditor(), 403),
                Arguments.of("viewer", TestTokens.viewer(), 403),
                Arguments.of("anonymous", null, 401));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("sendCallers")
    void onlyTheOwnDepartmentsSubmitterSendsForApproval(String caller, String token, int status) {
        assertThat(api.exchange(HttpMethod.POST, base + "/send-for-approval", token, null).getStatusCode().value())
                .isEqualTo(status);
    }

    static Stream<Arguments> leaderCallers() {
        return Stream.of(
                Arguments.of("own dept-leader", TestTokens.leader("minzheng"), 200),
                Arguments.of("own dept-submitter", TestTokens.submitter("minzheng"), 403),
                Arguments.of("other dept-leader", TestTokens.leader("sifa"), 404),
                Arguments.of("other dept-submitter", TestTokens.submitter("sifa"), 403),
                Arguments.of("office-admin", TestTokens.officeAdmin(), 403),
                Arguments.of("auditor", TestTokens.auditor(), 403),
                Arguments.of("viewer", TestTokens.viewer(), 403),
                Arguments.of("anonymous", null, 401));
    }

    @ParameterizedTest(name = "approve: {0} → {2}")
    @MethodSource("leaderCallers")
    void onlyTheOwnDepartmentsLeaderApproves(String caller, String token, int status) {
        ok(api.post(base + "/send-for-approval", TestTokens.submitter("minzheng"), null));

        assertThat(api.exchange(HttpMethod.POST, base + "/approve", token, null).getStatusCode().value())
                .isEqualTo(status);
        assertThat(ok(api.get(base, TestTokens.officeAdmin())).get("status").asText())
                .isEqualTo(status == 200 ? "SUBMITTED" : "AWAITING_LEADER_APPROVAL");
    }

    @ParameterizedTest(name = "reject: {0} → {2}")
    @MethodSource("leaderCallers")
    void onlyTheOwnDepartmentsLeaderRejects(String caller, String token, int status) {
        ok(api.post(base + "/send-for-approval", TestTokens.submitter("minzheng"), null));

        assertThat(api.exchange(HttpMethod.POST, base + "/reject", token, Map.of("comment", "不同意")).getStatusCode()
                .value()).isEqualTo(status);
        assertThat(ok(api.get(base, TestTokens.officeAdmin())).get("status").asText())
                .isEqualTo(status == 200 ? "OPEN_FOR_DRAFTING" : "AWAITING_LEADER_APPROVAL");
    }

    static Stream<Arguments> readers() {
        return Callers.expecting(200, 404, 200);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("readers")
    void versionsAreReadByTheOwnDepartmentAndTheOfficeOnly(String caller, String token, int status) {
        ok(api.post(base + "/send-for-approval", TestTokens.submitter("minzheng"), null));
        ok(api.post(base + "/approve", TestTokens.leader("minzheng"), null));

        for (String path : List.of(base + "/versions", base + "/versions/1", base + "/versions/1/diff/1")) {
            assertThat(api.get(path, token).getStatusCode().value()).as(path).isEqualTo(status);
        }
    }

    @Test
    void aVersionThatDoesNotExistIsNotFound() {
        assertThat(api.get(base + "/versions/1", TestTokens.auditor()).getStatusCode().value()).isEqualTo(404);
        assertThat(api.get(base + "/versions/1/diff/2", TestTokens.auditor()).getStatusCode().value()).isEqualTo(404);
    }
}
