package org.supervisionflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

    private static String admin;
    private static String minzheng;
    private static String sifa;
    private static UUID campaign;

    @BeforeAll
    static void publishACampaignToMinzhengAndSifa() {
        admin = KeycloakTokens.accessToken("admin");
        minzheng = KeycloakTokens.accessToken("minzheng-submitter");
        sifa = KeycloakTokens.accessToken("sifa-leader");

        campaign = Steps.publishCampaign(admin, "ANNUAL_REPORT", "法治政府建设年度报告", List.of("minzheng", "sifa"));
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
            await().atMost(Steps.WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
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
        JsonNode found = Steps.theOnlyOne(path, token);
        assertThat(found.get("departmentCode").asText()).isEqualTo(department);
        return found;
    }
}
