package org.supervisionflow.workflows.lifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.supervisionflow.workflows.lifecycle.LifecycleStep;
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
        // Both asynchronous steps done: the lifecycle waits for the report to open, and the watch of its (past) due
        // date for a new one.
        await().atMost(Duration.ofSeconds(30)).until(() -> lifecycles.history(assignmentId, Optional.empty())
                .map(steps -> steps.stream().map(LifecycleStep::activityId).toList()
                        .containsAll(List.of("Event_ReportOpened", "Task_AwaitDeadlineMoved")))
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
        ResponseEntity<JsonNode> foreignDiagram = get("/diagram", TestTokens.submitter("sifa"));
        ResponseEntity<JsonNode> missing = http.exchange("/api/workflow/assignments/" + UUID.randomUUID() + "/stage",
                HttpMethod.GET, new HttpEntity<>(TestTokens.headers(TestTokens.officeAdmin())), JsonNode.class);
        ResponseEntity<JsonNode> missingDiagram = http.exchange("/api/workflow/assignments/" + UUID.randomUUID()
                + "/diagram", HttpMethod.GET, new HttpEntity<>(TestTokens.headers(TestTokens.auditor())),
                JsonNode.class);

        for (ResponseEntity<JsonNode> response : List.of(foreign, foreignHistory, foreignDiagram, missing,
                missingDiagram)) {
            assertThat(response.getStatusCode().value()).isEqualTo(404);
            assertThat(response.getBody().get("code").asText()).isEqualTo("not-found");
            assertThat(response.getBody().get("title").asText()).isEqualTo("未找到");
        }
    }

    @Test
    void historyListsTheLifecycleStepsAndThoseOfTheInstancesItStartedOldestFirstWithTheirLabels() {
        ResponseEntity<JsonNode> response = get("/history", TestTokens.submitter("minzheng"));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<JsonNode> steps = new ArrayList<>();
        response.getBody().forEach(steps::add);
        assertThat(steps).filteredOn(step -> step.get("processKey").asText().equals("ReportLifecycleProcess"))
                .extracting(step -> step.get("activityId").asText())
                .containsExactly("Event_AssignmentIssued", "Task_PublishStageAssigned", "Task_SendOpenReport",
                        "Task_StartReportDeadline", "Event_ReportOpened");
        assertThat(steps).filteredOn(step -> step.get("processKey").asText().equals("DeadlineProcess"))
                .extracting(step -> step.get("activityId").asText())
                .startsWith("Event_DeadlineStarted", "Gateway_JoinPlan", "Task_PlanDeadline")
                .endsWith("Gateway_StepLeft", "Event_LadderDone", "Task_AwaitDeadlineMoved");
        JsonNode first = steps.getFirst();
        assertThat(first.get("activityName").asText()).isEqualTo("任务已下达");
        assertThat(first.get("startedAt").asText()).isNotBlank();
        assertThat(first.get("endedAt").asText()).isNotBlank();
        assertThat(steps.stream().filter(step -> step.get("activityId").asText().equals("Event_ReportOpened"))
                .findFirst().orElseThrow().path("endedAt").textValue()).isNull();
        assertThat(steps).extracting(step -> step.get("startedAt").asText())
                .isSortedAccordingTo(Comparator.comparing(Instant::parse));
    }

    @Test
    void diagramGivesTheBpmnXmlAndTheCompletedAndActiveActivitiesOfTheLifecycleAndItsWatches() {
        for (String token : List.of(TestTokens.officeAdmin(), TestTokens.auditor(), TestTokens.viewer(),
                TestTokens.submitter("minzheng"), TestTokens.leader("minzheng"))) {
            assertThat(get("/diagram", token).getStatusCode().value()).isEqualTo(200);
        }
        JsonNode diagram = get("/diagram", TestTokens.auditor()).getBody();

        JsonNode lifecycle = diagram.get("lifecycle");
        assertThat(lifecycle.get("processKey").asText()).isEqualTo("ReportLifecycleProcess");
        assertThat(lifecycle.get("ended").asBoolean()).isFalse();
        assertThat(texts(lifecycle.get("completedActivityIds"))).containsExactly("Event_AssignmentIssued",
                "Task_PublishStageAssigned", "Task_SendOpenReport", "Task_StartReportDeadline");
        assertThat(texts(lifecycle.get("activeActivityIds"))).containsExactly("Event_ReportOpened");
        assertThat(diagram.get("rectifications")).isEmpty();
        JsonNode watch = diagram.get("deadlines").get(0);
        assertThat(watch.get("deadlineKind").asText()).isEqualTo("REPORT_SUBMISSION");
        assertThat(texts(watch.get("activeActivityIds"))).containsExactly("Task_AwaitDeadlineMoved");
        String lifecycleXml = diagram.get("bpmnXml").get(lifecycle.get("processDefinitionId").asText()).asText();
        assertThat(lifecycleXml).contains("<bpmn:process id=\"ReportLifecycleProcess\"", "BPMNDiagram");
        assertThat(diagram.get("bpmnXml").get(watch.get("processDefinitionId").asText()).asText())
                .contains("<bpmn:process id=\"DeadlineProcess\"");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private ResponseEntity<JsonNode> get(String path, String token) {
        return http.exchange("/api/workflow/assignments/" + assignmentId + path, HttpMethod.GET,
                new HttpEntity<>(TestTokens.headers(token)), JsonNode.class);
    }
}
