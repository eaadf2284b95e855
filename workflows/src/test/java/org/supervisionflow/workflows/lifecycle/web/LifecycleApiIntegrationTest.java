package org.supervisionflow.workflows.lifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.testsupport.TestTokens;
import org.supervisionflow.workflows.TestAssignments;
import org.supervisionflow.workflows.WorkflowsIntegrationTest;
import org.supervisionflow.workflows.lifecycle.ReportLifecycles;

import com.fasterxml.jackson.databind.JsonNode;

@WorkflowsIntegrationTest
class LifecycleApiIntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ReportLifecycles lifecycles;

    private UUID assignmentId;

    @BeforeEach
    void minzhengHasAnAssignedLifecycle() {
        assignmentId = UUID.randomUUID();
        lifecycles.start(TestAssignments.issued(assignmentId, "minzheng"));
        // Both asynchronous steps done: the lifecycle waits for the report to open.
        await().atMost(Duration.ofSeconds(30)).until(() -> lifecycles.history(assignmentId, Optional.empty())
                .map(steps -> steps.stream().anyMatch(step -> step.activityId().equals("Event_ReportOpened")))
                .orElse(false));
    }

    @Test
    void officeRolesSeeTheStageOfEveryDepartmentsAssignment() {
        for (String token : List.of(TestTokens.officeAdmin(), TestTokens.auditor(), TestTokens.viewer())) {
            ResponseEntity<JsonNode> response = get("/stage", token);
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            assertThat(response.getBody().get("assignmentId").asText()).isEqualTo(assignmentId.toString());
            assertThat(response.getBody().get("departmentCode").asText()).isEqualTo("minzheng");
            assertThat(response.getBody().get("stage").asText()).isEqualTo("ASSIGNED");
            assertThat(response.getBody().get("ended").asBoolean()).isFalse();
        }
    }

    @Test
    void departmentUsersSeeTheStageOfTheirOwnDepartmentsAssignment() {
        for (String token : List.of(TestTokens.submitter("minzheng"), TestTokens.leader("minzheng"))) {
            ResponseEntity<JsonNode> response = get("/stage", token);
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            assertThat(response.getBody().get("stage").asText()).isEqualTo("ASSIGNED");
        }
    }

    @Test
    void anotherDepartmentsAssignmentAnswersNotFoundExactlyLikeAMissingOne() {
        ResponseEntity<JsonNode> foreign = get("/stage", TestTokens.submitter("sifa"));
        ResponseEntity<JsonNode> foreignHistory = get("/history", TestTokens.leader("shichang"));
        ResponseEntity<JsonNode> missing = http.exchange("/api/workflow/assignments/" + UUID.randomUUID() + "/stage",
                HttpMethod.GET, new HttpEntity<>(TestTokens.headers(TestTokens.officeAdmin())), JsonNode.class);

        for (ResponseEntity<JsonNode> response : List.of(foreign, foreignHistory, missing)) {
            assertThat(response.getStatusCode().value()).isEqualTo(404);
            assertThat(response.getBody().get("code").asText()).isEqualTo("not-found");
            assertThat(response.getBody().get("title").asText()).isEqualTo("未找到");
        }
    }

    @Test
    void historyListsTheLifecycleStepsOldestFirstWithTheirLabels() {
        ResponseEntity<JsonNode> response = get("/history", TestTokens.submitter("minzheng"));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<String> activityIds = response.getBody().findValuesAsText("activityId");
        assertThat(activityIds).containsExactly("Event_AssignmentIssued", "Task_PublishStageAssigned",
                "Task_SendOpenReport", "Event_ReportOpened");
        JsonNode first = response.getBody().get(0);
        assertThat(first.get("activityName").asText()).isEqualTo("任务已下达");
        assertThat(first.get("startedAt").asText()).isNotBlank();
        assertThat(first.get("endedAt").asText()).isNotBlank();
        assertThat(response.getBody().get(3).path("endedAt").textValue()).isNull();
    }

    @Test
    void callersWithoutATokenAreUnauthorized() {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/workflow/assignments/" + assignmentId + "/stage",
                JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getBody().get("code").asText()).isEqualTo("unauthorized");
    }

    @Test
    void callersWithoutAnyRealmRoleAreForbidden() {
        String roleless = TestTokens.token("stranger", "无角色用户", List.of(), "minzheng");

        ResponseEntity<JsonNode> response = get("/stage", roleless);

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getBody().get("code").asText()).isEqualTo("forbidden");
    }

    private ResponseEntity<JsonNode> get(String path, String token) {
        return http.exchange("/api/workflow/assignments/" + assignmentId + path, HttpMethod.GET,
                new HttpEntity<>(TestTokens.headers(token)), JsonNode.class);
    }
}
