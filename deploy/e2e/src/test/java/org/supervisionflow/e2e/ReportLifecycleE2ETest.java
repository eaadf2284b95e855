package org.supervisionflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One department's report through the whole lifecycle, across every service, through the gateway with real Keycloak
 * tokens: drafting, a leader's rejection, approval into version 1, review with a finding, the rectification answer
 * approved by the leader, verification (销号), and the report closed — with the auditors' timeline intact.
 */
@WholeStack
class ReportLifecycleE2ETest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    private final String admin = KeycloakTokens.accessToken("admin");
    private final String submitter = KeycloakTokens.accessToken("shichang-submitter");
    private final String leader = KeycloakTokens.accessToken("shichang-leader");
    private final String auditor = KeycloakTokens.accessToken("auditor");
    private String campaign;

    @Test
    void aReportGoesFromDraftingThroughReviewAndRectificationToClosed() {
        String assignment = publishACampaignToShichang();
        JsonNode report = eventually(() -> only(Gateway.get("/api/reports?campaignId=" + campaign, submitter)));
        String reportPath = "/api/reports/" + report.get("id").asText();
        awaitStage(assignment, "ASSIGNED");

        JsonNode overview = Gateway.get(reportPath, submitter).body().get("sections").get(0);
        Gateway.Response saved = Gateway.put(reportPath + "/sections/" + overview.get("id").asText(), submitter,
                Map.of("version", overview.get("version").asInt(), "narrative", "<p>我局扎实推进法治政府建设。</p>",
                        "metrics", List.of()));
        assertThat(saved.status()).as("save: %s", saved.body()).isEqualTo(200);
        awaitStage(assignment, "DRAFTING");

        assertThat(Gateway.post(reportPath + "/send-for-approval", submitter, Map.of()).status()).isEqualTo(200);
        awaitStage(assignment, "AWAITING_LEADER_APPROVAL");
        assertThat(Gateway.post(reportPath + "/reject", leader, Map.of("comment", "请补充具体数据")).status()).isEqualTo(200);
        awaitStage(assignment, "DRAFTING");
        assertThat(Gateway.post(reportPath + "/send-for-approval", submitter, Map.of()).status()).isEqualTo(200);
        assertThat(Gateway.post(reportPath + "/approve", submitter, Map.of()).status()).as("only a leader approves")
                .isEqualTo(403);
        assertThat(Gateway.post(reportPath + "/approve", leader, Map.of()).status()).isEqualTo(200);
        awaitStage(assignment, "SUBMITTED");

        JsonNode review = eventually(() -> only(Gateway.get("/api/reviews?filter=all&assignmentId=" + assignment, auditor)));
        String reviewPath = "/api/reviews/" + review.get("id").asText();
        assertThat(Gateway.post(reviewPath + "/claim", auditor, Map.of()).status()).isEqualTo(200);
        awaitStage(assignment, "UNDER_REVIEW");
        JsonNode scores = Gateway.get(reviewPath, auditor).body().get("scores");
        scores.forEach(indicator -> assertThat(Gateway.put(reviewPath + "/scores/" + indicator.get("indicatorId").asText(),
                auditor, Map.of("score", indicator.get("maxPoints").decimalValue(), "comment", "符合要求")).status())
                .isEqualTo(200));
        Gateway.Response decided = Gateway.post(reviewPath + "/decision", auditor, Map.of(
                "decision", "ACCEPT_WITH_FINDINGS",
                "findings", List.of(Map.of("indicatorId", scores.get(0).get("indicatorId").asText(),
                        "severity", "GENERAL", "description", "权责清单未及时公开", "requiredMeasures", "三十日内公开",
                        "deadline", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString()))));
        assertThat(decided.status()).as("decision: %s", decided.body()).isEqualTo(200);
        awaitStage(assignment, "RECTIFYING");

        JsonNode rectification = eventually(() -> only(Gateway.get(reportPath + "/rectifications", submitter)));
        String finding = rectification.get("finding").get("findingId").asText();
        String answerPath = reportPath + "/rectifications/" + finding;
        assertThat(Gateway.put(answerPath, submitter, Map.of("version", rectification.get("version").asInt(),
                "measures", "<p>已在政府网站公开权责清单。</p>")).status()).isEqualTo(200);
        assertThat(Gateway.post(answerPath + "/send-for-approval", submitter, Map.of()).status()).isEqualTo(200);
        assertThat(Gateway.post(answerPath + "/approve", leader, Map.of()).status()).isEqualTo(200);
        awaitStage(assignment, "VERIFYING");

        assertThat(Gateway.post("/api/findings/" + finding + "/verify", auditor, Map.of("outcome", "CLOSED")).status())
                .isEqualTo(200);
        awaitStage(assignment, "CLOSED");

        JsonNode timeline = Gateway.get("/api/workflow/assignments/" + assignment + "/timeline", auditor).body();
        assertThat(timeline.get("verified").asBoolean()).isTrue();
        List<String> types = new ArrayList<>();
        timeline.get("entries").forEach(entry -> types.add(entry.get("type").asText()));
        assertThat(types).containsSubsequence("AssignmentIssued", "DraftStarted", "ReportApprovalRejected",
                "ReportSubmitted", "ReviewClaimed", "ReviewCompleted", "RectificationSubmitted", "FindingVerified",
                "CloseReport");
        assertThat(Gateway.get("/api/workflow/assignments/" + assignment + "/timeline",
                KeycloakTokens.accessToken("sifa-submitter")).status()).as("another department's timeline").isEqualTo(404);
    }

    private String publishACampaignToShichang() {
        String frameworkId = Gateway.get("/api/frameworks", admin).body().get(0).get("id").asText();
        Gateway.Response created = Gateway.post("/api/campaigns", admin, Map.of(
                "kind", "SPECIAL_INSPECTION",
                "title", "端到端测试：专项督察 " + System.currentTimeMillis(),
                "documentNumber", "督察办〔2026〕LC-" + System.currentTimeMillis(),
                "period", "2026年度",
                "dueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString(),
                "asksForPrincipalDuty", false,
                "frameworkId", frameworkId,
                "departments", List.of(Map.of("departmentCode", "shichang"))));
        assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
        campaign = created.body().get("id").asText();
        assertThat(Gateway.post("/api/campaigns/" + campaign + "/publish", admin, Map.of()).status()).isEqualTo(200);
        return eventually(() -> only(Gateway.get("/api/assignments?campaignId=" + campaign, submitter))).get("id").asText();
    }

    private void awaitStage(String assignment, String stage) {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(
                Gateway.get("/api/assignments/" + assignment, submitter).body().get("stage").asText()).isEqualTo(stage));
    }

    private static JsonNode only(Gateway.Response response) {
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).hasSize(1);
        return response.body().get(0);
    }

    /** What {@code found} returns once it stops failing, within the bound: each step is asynchronous. */
    private static JsonNode eventually(Supplier<JsonNode> found) {
        AtomicReference<JsonNode> result = new AtomicReference<>();
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> result.set(found.get()));
        return result.get();
    }
}
