package org.supervisionflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervisionflow.e2e.Steps.awaitStage;
import static org.supervisionflow.e2e.Steps.eventually;
import static org.supervisionflow.e2e.Steps.expect;
import static org.supervisionflow.e2e.Steps.theOnlyOne;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One department's report through every branch of the lifecycle, across every service, through the gateway with real
 * Keycloak tokens: rejected by its leader once, returned by the auditor and resubmitted as version 2 (the auditor
 * sees what changed), accepted with two findings, one rectification rejected by the auditor and then accepted, and
 * closed — with the auditors' timeline in order. A second department of the same campaign runs at the same time and
 * is not disturbed.
 */
@WholeStack
class ReportLifecycleE2ETest {

    private final String admin = KeycloakTokens.accessToken("admin");
    private final String submitter = KeycloakTokens.accessToken("shichang-submitter");
    private final String leader = KeycloakTokens.accessToken("shichang-leader");
    private final String auditor = KeycloakTokens.accessToken("auditor");
    private final String otherSubmitter = KeycloakTokens.accessToken("shengtai-submitter");
    private final String otherLeader = KeycloakTokens.accessToken("shengtai-leader");

    @Test
    void aReportGoesThroughEveryBranchWhileAnotherDepartmentsRunsUndisturbed() {
        UUID campaign = Steps.publishCampaign(admin, "SPECIAL_INSPECTION", "专项督察", List.of("shichang", "shengtai"));
        String assignment = theOnlyOne("/api/assignments?campaignId=" + campaign, submitter).get("id").asText();
        String reportPath = "/api/reports/" + theOnlyOne("/api/reports?campaignId=" + campaign, submitter).get("id").asText();
        String otherAssignment = theOnlyOne("/api/assignments?campaignId=" + campaign, otherSubmitter).get("id").asText();
        String otherReportPath = "/api/reports/"
                + theOnlyOne("/api/reports?campaignId=" + campaign, otherSubmitter).get("id").asText();
        awaitStage(assignment, "ASSIGNED", submitter);

        writeOverview(reportPath, submitter, "<p>我局扎实推进法治政府建设。</p>");
        awaitStage(assignment, "DRAFTING", submitter);
        writeOverview(otherReportPath, otherSubmitter, "<p>生态环境局依法行政工作总结。</p>");

        expect(200, Gateway.post(reportPath + "/send-for-approval", submitter, Map.of()));
        awaitStage(assignment, "AWAITING_LEADER_APPROVAL", submitter);
        expect(200, Gateway.post(reportPath + "/reject", leader, Map.of("comment", "请补充具体数据")));
        awaitStage(assignment, "DRAFTING", submitter);
        expect(200, Gateway.post(reportPath + "/send-for-approval", submitter, Map.of()));
        expect(403, Gateway.post(reportPath + "/approve", submitter, Map.of()));
        expect(404, Gateway.post(reportPath + "/approve", otherLeader, Map.of()));
        expect(200, Gateway.post(reportPath + "/approve", leader, Map.of()));
        awaitStage(assignment, "SUBMITTED", submitter);

        // The auditor returns version 1 with a reason on the first indicator.
        String reviewPath = claimReview(assignment, 1);
        JsonNode scores = Gateway.get(reviewPath, auditor).body().get("scores");
        String firstIndicator = scores.get(0).get("indicatorId").asText();
        expect(200, Gateway.post(reviewPath + "/decision", auditor, Map.of("decision", "RETURN",
                "returnReasons", List.of(Map.of("indicatorId", firstIndicator, "reason", "缺少案件办理数据")))));
        awaitStage(assignment, "RETURNED", submitter);
        JsonNode reopened = eventually(() -> {
            JsonNode report = Gateway.get(reportPath, submitter).body();
            assertThat(report.get("returnReasons")).as("the department sees why").isNotEmpty();
            return report;
        });
        assertThat(reopened.get("returnReasons").toString()).contains("缺少案件办理数据");

        writeOverview(reportPath, submitter, "<p>我局扎实推进法治政府建设，全年办理行政复议案件56件。</p>");
        awaitStage(assignment, "DRAFTING", submitter);
        expect(200, Gateway.post(reportPath + "/send-for-approval", submitter, Map.of()));
        expect(200, Gateway.post(reportPath + "/approve", leader, Map.of()));
        awaitStage(assignment, "SUBMITTED", submitter);
        JsonNode diff = expect(200, Gateway.get(reportPath + "/versions/1/diff/2", auditor));
        assertThat(diff.toString()).as("what changed in version 2").contains("56件");

        // Version 2 is accepted with two findings.
        reviewPath = claimReview(assignment, 2);
        scores = Gateway.get(reviewPath, auditor).body().get("scores");
        for (JsonNode indicator : scores) {
            expect(200, Gateway.put(reviewPath + "/scores/" + indicator.get("indicatorId").asText(), auditor,
                    Map.of("score", indicator.get("maxPoints").decimalValue(), "comment", "符合要求")));
        }
        String deadline = LocalDate.now(Steps.CHINA).plusDays(30).toString();
        expect(200, Gateway.post(reviewPath + "/decision", auditor, Map.of("decision", "ACCEPT_WITH_FINDINGS",
                "findings", List.of(
                        finding(firstIndicator, "GENERAL", "权责清单未及时公开", "三十日内公开", deadline),
                        finding(scores.get(scores.size() - 1).get("indicatorId").asText(), "SERIOUS",
                                "行政执法案卷评查不规范", "组织案卷集中评查并整改", deadline)))));
        awaitStage(assignment, "RECTIFYING", submitter);

        JsonNode rectifications = eventually(() -> {
            JsonNode all = Gateway.get(reportPath + "/rectifications", submitter).body();
            assertThat(all).hasSize(2);
            return all;
        });
        String findingA = rectifications.get(0).get("finding").get("findingId").asText();
        String findingB = rectifications.get(1).get("finding").get("findingId").asText();

        answer(reportPath, findingA, "<p>已在政府网站公开权责清单。</p>");
        awaitStage(assignment, "RECTIFYING", submitter);
        answer(reportPath, findingB, "<p>已完成案卷集中评查。</p>");
        awaitStage(assignment, "VERIFYING", submitter);

        // The auditor sends A's answer back and closes B; A answers again and is closed.
        expect(200, Gateway.post("/api/findings/" + findingA + "/verify", auditor,
                Map.of("outcome", "REJECTED", "reason", "公开范围不完整")));
        awaitStage(assignment, "RECTIFYING", submitter);
        expect(200, Gateway.post("/api/findings/" + findingB + "/verify", auditor, Map.of("outcome", "CLOSED")));
        eventually(() -> {
            JsonNode reopenedAnswer = rectification(reportPath, findingA);
            assertThat(reopenedAnswer.get("status").asText()).isEqualTo("OPEN");
            return reopenedAnswer;
        });
        answer(reportPath, findingA, "<p>已补充公开全部权责事项。</p>");
        awaitStage(assignment, "VERIFYING", submitter);
        expect(200, Gateway.post("/api/findings/" + findingA + "/verify", auditor, Map.of("outcome", "CLOSED")));
        awaitStage(assignment, "CLOSED", submitter);

        JsonNode timeline = expect(200, Gateway.get("/api/workflow/assignments/" + assignment + "/timeline", auditor));
        assertThat(timeline.get("verified").asBoolean()).isTrue();
        List<String> types = new ArrayList<>();
        timeline.get("entries").forEach(entry -> types.add(entry.get("type").asText()));
        assertThat(types).containsSubsequence("AssignmentIssued", "DraftStarted", "ReportApprovalRejected",
                "ReportSubmitted", "ReviewClaimed", "ReviewCompleted", "ReopenReport", "ReportSubmitted",
                "ReviewClaimed", "ReviewCompleted", "RectificationSubmitted", "RectificationSubmitted", "FindingVerified",
                "ReopenRectification", "FindingVerified", "RectificationSubmitted", "FindingVerified", "CloseReport");
        timeline.get("entries").forEach(entry -> assertThat(entry.path("departmentCode").asText("shichang"))
                .as("entry %s", entry).isEqualTo("shichang"));
        expect(404, Gateway.get("/api/workflow/assignments/" + assignment + "/timeline", otherSubmitter));
        expect(200, Gateway.get("/api/workflow/assignments/" + assignment + "/timeline", submitter));

        // The other department's report stayed where it was, with its own history only.
        assertThat(Gateway.get("/api/assignments/" + otherAssignment, otherSubmitter).body().get("stage").asText())
                .isEqualTo("DRAFTING");
        JsonNode otherTimeline = expect(200,
                Gateway.get("/api/workflow/assignments/" + otherAssignment + "/timeline", otherSubmitter));
        List<String> otherTypes = new ArrayList<>();
        otherTimeline.get("entries").forEach(entry -> otherTypes.add(entry.get("type").asText()));
        assertThat(otherTypes).contains("AssignmentIssued", "DraftStarted").doesNotContain("ReportSubmitted");
        assertThat(Gateway.get(otherReportPath, otherSubmitter).body().toString()).contains("生态环境局依法行政工作总结");
    }

    private static void writeOverview(String reportPath, String token, String narrative) {
        JsonNode overview = Gateway.get(reportPath, token).body().get("sections").get(0);
        expect(200, Gateway.put(reportPath + "/sections/" + overview.get("id").asText(), token,
                Map.of("version", overview.get("version").asInt(), "narrative", narrative, "metrics", List.of())));
    }

    /** The auditor claims the review of this report version once it is queued; answers its API path. */
    private String claimReview(String assignment, int version) {
        JsonNode review = eventually(() -> {
            JsonNode queued = Gateway.get("/api/reviews?filter=all&assignmentId=" + assignment, auditor).body();
            List<JsonNode> ofVersion = new ArrayList<>();
            queued.forEach(candidate -> {
                if (candidate.get("reportVersion").asInt() == version) {
                    ofVersion.add(candidate);
                }
            });
            assertThat(ofVersion).hasSize(1);
            return ofVersion.get(0);
        });
        String reviewPath = "/api/reviews/" + review.get("id").asText();
        expect(200, Gateway.post(reviewPath + "/claim", auditor, Map.of()));
        awaitStage(assignment, "UNDER_REVIEW", auditor);
        return reviewPath;
    }

    private static Map<String, Object> finding(String indicator, String severity, String description, String measures,
            String deadline) {
        return Map.of("indicatorId", indicator, "severity", severity, "description", description,
                "requiredMeasures", measures, "deadline", deadline);
    }

    private JsonNode rectification(String reportPath, String findingId) {
        for (JsonNode candidate : Gateway.get(reportPath + "/rectifications", submitter).body()) {
            if (candidate.get("finding").get("findingId").asText().equals(findingId)) {
                return candidate;
            }
        }
        throw new AssertionError("no rectification for finding " + findingId);
    }

    /** The submitter writes measures for one finding and the leader approves them. */
    private void answer(String reportPath, String findingId, String measures) {
        String answerPath = reportPath + "/rectifications/" + findingId;
        expect(200, Gateway.put(answerPath, submitter,
                Map.of("version", rectification(reportPath, findingId).get("version").asInt(), "measures", measures)));
        expect(200, Gateway.post(answerPath + "/send-for-approval", submitter, Map.of()));
        expect(200, Gateway.post(answerPath + "/approve", leader, Map.of()));
    }
}
