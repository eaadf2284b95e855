package org.supervisionflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The first slice for real: the office admin publishes a campaign through the gateway; assignment-service issues an
 * assignment per department, the workflow engine starts each report's lifecycle, submission-service opens each
 * department's report workspace, and each department sees exactly its own.
 */
@WholeStack
class CampaignReachesDepartmentsE2ETest {

    /** "Within seconds": the outbox, Kafka, the engine and the next service, each asynchronous. */
    private static final Duration WITHIN = Duration.ofSeconds(30);

    private static String admin;
    private static String minzheng;
    private static String sifa;
    private static UUID campaign;

    @BeforeAll
    static void publishACampaignToMinzhengAndSifa() {
        admin = KeycloakTokens.accessToken("admin");
        minzheng = KeycloakTokens.accessToken("minzheng-submitter");
        sifa = KeycloakTokens.accessToken("sifa-leader");

        Gateway.Response frameworks = Gateway.get("/api/frameworks", admin);
        assertThat(frameworks.status()).isEqualTo(200);
        assertThat(frameworks.body()).as("the demo data's framework").isNotEmpty();
        String frameworkId = frameworks.body().get(0).get("id").asText();

        Gateway.Response created = Gateway.post("/api/campaigns", admin, Map.of(
                "kind", "ANNUAL_REPORT",
                "title", "端到端测试：法治政府建设年度报告 " + UUID.randomUUID().toString().substring(0, 8),
                "documentNumber", "督察办〔2026〕E2E-" + System.currentTimeMillis(),
                "period", "2026年度",
                "dueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString(),
                "asksForPrincipalDuty", true,
                "frameworkId", frameworkId,
                "departments", List.of(Map.of("departmentCode", "minzheng"), Map.of("departmentCode", "sifa"))));
        assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
        campaign = UUID.fromString(created.body().get("id").asText());

        Gateway.Response published = Gateway.post("/api/campaigns/" + campaign + "/publish", admin, Map.of());
        assertThat(published.status()).as("publish: %s", published.body()).isEqualTo(200);
    }

    @Test
    void eachDepartmentSeesExactlyItsOwnAssignmentAndReport() {
        JsonNode minzhengReport = ownReport(minzheng, "minzheng");
        JsonNode sifaReport = ownReport(sifa, "sifa");

        assertThat(minzhengReport.get("assignmentId").asText()).isEqualTo(ownAssignment(minzheng, "minzheng").get("id").asText());
        assertThat(sifaReport.get("assignmentId").asText()).isEqualTo(ownAssignment(sifa, "sifa").get("id").asText());
        assertThat(Gateway.get("/api/assignments", minzheng).body())
                .as("everything minzheng sees is minzheng's")
                .allSatisfy(assignment -> assertThat(assignment.get("departmentCode").asText()).isEqualTo("minzheng"));
        assertThat(Gateway.get("/api/reports", sifa).body())
                .allSatisfy(report -> assertThat(report.get("departmentCode").asText()).isEqualTo("sifa"));
    }

    @Test
    void anotherDepartmentsReportAssignmentAndLifecycleAnswerNotFound() {
        String sifaReport = ownReport(sifa, "sifa").get("id").asText();
        String sifaAssignment = ownAssignment(sifa, "sifa").get("id").asText();

        assertThat(Gateway.get("/api/reports/" + sifaReport, minzheng).status()).isEqualTo(404);
        assertThat(Gateway.get("/api/reports/by-assignment/" + sifaAssignment, minzheng).status()).isEqualTo(404);
        assertThat(Gateway.get("/api/assignments/" + sifaAssignment, minzheng).status()).isEqualTo(404);
        assertThat(Gateway.get("/api/workflow/assignments/" + sifaAssignment + "/stage", minzheng).status())
                .isEqualTo(404);
        assertThat(Gateway.get("/api/reports/" + sifaReport, sifa).status()).isEqualTo(200);
    }

    @Test
    void theReportWorkspaceHasASectionPerIssuedIndicator() {
        JsonNode assignment = ownAssignment(minzheng, "minzheng");
        JsonNode workspace = Gateway.get("/api/reports/" + ownReport(minzheng, "minzheng").get("id").asText(), minzheng)
                .body();

        List<JsonNode> indicatorSections = new ArrayList<>();
        workspace.get("sections").forEach(section -> {
            if ("INDICATOR".equals(section.get("kind").asText())) {
                indicatorSections.add(section);
            }
        });
        assertThat(assignment.get("indicatorCount").asInt()).isPositive();
        assertThat(indicatorSections).hasSize(assignment.get("indicatorCount").asInt());
        assertThat(workspace.get("campaignId").asText()).isEqualTo(campaign.toString());
    }

    @Test
    void theWorkflowEngineMovesEachAssignmentToAssigned() {
        for (String department : List.of("minzheng", "sifa")) {
            String assignment = ownAssignment(department.equals("minzheng") ? minzheng : sifa, department)
                    .get("id").asText();
            await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                Gateway.Response detail = Gateway.get("/api/assignments/" + assignment, admin);
                assertThat(detail.status()).isEqualTo(200);
                List<String> stages = new ArrayList<>();
                detail.body().get("stageHistory").forEach(change -> stages.add(change.get("stage").asText()));
                assertThat(stages).as("stage history of %s's assignment", department).contains("ASSIGNED");
            });
            Gateway.Response lifecycle = Gateway.get("/api/workflow/assignments/" + assignment + "/stage", admin);
            assertThat(lifecycle.status()).isEqualTo(200);
            assertThat(lifecycle.body().get("departmentCode").asText()).isEqualTo(department);
            assertThat(lifecycle.body().get("ended").asBoolean()).isFalse();
        }
    }

    /** The department's one assignment of this campaign, waiting (bounded) for it to appear. */
    private static JsonNode ownAssignment(String token, String department) {
        return theOnlyOne(token, "/api/assignments?campaignId=" + campaign, department);
    }

    /** The department's one report of this campaign, waiting (bounded) for its workspace to be opened. */
    private static JsonNode ownReport(String token, String department) {
        return theOnlyOne(token, "/api/reports?campaignId=" + campaign, department);
    }

    private static JsonNode theOnlyOne(String token, String path, String department) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Gateway.Response response = Gateway.get(path, token);
            assertThat(response.status()).as("GET %s", path).isEqualTo(200);
            assertThat(response.body()).as("GET %s as %s", path, department).hasSize(1);
            found.set(response.body().get(0));
        });
        assertThat(found.get().get("departmentCode").asText()).isEqualTo(department);
        return found.get();
    }
}
