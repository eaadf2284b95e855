package org.supervisionflow.assignment.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.supervisionflow.assignment.Api.expect;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.supervisionflow.assignment.Api;
import org.supervisionflow.assignment.AssignmentServiceTest;
import org.supervisionflow.assignment.TestData;
import org.supervisionflow.contracts.DeadlineKind;
import org.supervisionflow.contracts.EscalationTarget;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.WarningLevel;
import org.supervisionflow.contracts.workflow.DeadlineMissed;
import org.supervisionflow.contracts.workflow.EscalationRaised;
import org.supervisionflow.contracts.workflow.StageChanged;
import org.supervisionflow.contracts.workflow.WarningRaised;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

@AssignmentServiceTest
class AssignmentIntegrationTest {

    private static final String ADMIN = TestTokens.officeAdmin();

    private final Api api;
    private UUID campaignId;
    private Map<String, String> assignmentIds;

    AssignmentIntegrationTest(@Autowired TestRestTemplate http) {
        this.api = new Api(http);
    }

    @BeforeEach
    void publishACampaignToThreeDepartments() {
        UUID frameworkId = UUID.fromString(api.createFramework(TestData.framework("任务分派测试用分解表")).get("id").asText());
        campaignId = api.createCampaign(TestData.campaign(frameworkId, LocalDate.now().plusDays(30), "sifa", "shichang", "minzheng"));
        api.publish(campaignId);
        assignmentIds = new HashMap<>();
        expect(api.get("/api/assignments?campaignId=" + campaignId, ADMIN), 200)
                .forEach(a -> assignmentIds.put(a.get("departmentCode").asText(), a.get("id").asText()));
    }

    @Test
    void officeRolesSeeEveryDepartmentsAssignmentAndCanNarrowTheList() {
        JsonNode all = expect(api.get("/api/assignments?campaignId=" + campaignId, TestTokens.viewer()), 200);
        assertThat(all).extracting(a -> a.get("departmentCode").asText(), a -> a.get("departmentName").asText(),
                a -> a.get("indicatorCount").asInt(), a -> a.get("stage").asText(), a -> a.get("status").asText())
                .containsExactlyInAnyOrder(tuple("sifa", "司法局", 2, "ASSIGNED", "ISSUED"),
                        tuple("shichang", "市场监管局", 3, "ASSIGNED", "ISSUED"),
                        tuple("minzheng", "民政局", 2, "ASSIGNED", "ISSUED"));
        assertThat(all.get(0).get("campaignTitle").asText()).isEqualTo("2025年度法治政府建设年度报告");

        JsonNode one = expect(api.get("/api/assignments?campaignId=" + campaignId + "&departmentCode=shichang",
                TestTokens.auditor()), 200);
        assertThat(one).extracting(a -> a.get("id").asText()).containsExactly(assignmentIds.get("shichang"));
        expect(api.get("/api/assignments/" + assignmentIds.get("minzheng"), TestTokens.auditor()), 200);
    }

    @Test
    void departmentUsersSeeOnlyTheirOwnDepartmentsAssignments() {
        JsonNode mine = expect(api.get("/api/assignments", TestTokens.submitter("sifa")), 200);
        assertThat(mine).isNotEmpty();
        assertThat(mine).extracting(a -> a.get("departmentCode").asText()).containsOnly("sifa");
        assertThat(mine).extracting(a -> a.get("id").asText()).contains(assignmentIds.get("sifa"));

        JsonNode asked = expect(api.get("/api/assignments?departmentCode=minzheng", TestTokens.leader("sifa")), 200);
        assertThat(asked).as("asking for another department's gives nothing").isEmpty();

        JsonNode own = expect(api.get("/api/assignments/" + assignmentIds.get("sifa"), TestTokens.leader("sifa")), 200);
        assertThat(own.at("/scope/departmentCode").asText()).isEqualTo("sifa");
        assertThat(own.at("/scope/indicators/0/code").asText()).isEqualTo("A.1");
    }

    @Test
    void anotherDepartmentsAssignmentIsNotFoundLikeAMissingOne() {
        JsonNode foreign = expect(api.get("/api/assignments/" + assignmentIds.get("minzheng"), TestTokens.submitter("sifa")), 404);
        JsonNode missing = expect(api.get("/api/assignments/" + UUID.randomUUID(), TestTokens.submitter("sifa")), 404);

        assertThat(foreign.get("code").asText()).isEqualTo(missing.get("code").asText()).isEqualTo("not-found");
        assertThat(foreign.get("title")).isEqualTo(missing.get("title"));
    }

    @Test
    void aDepartmentUserWithoutADepartmentSeesNothing() {
        String stray = TestTokens.token("stray", "无部门用户", java.util.List.of("dept-submitter"), null);

        assertThat(expect(api.get("/api/assignments", stray), 200)).isEmpty();
        expect(api.get("/api/assignments/" + assignmentIds.get("sifa"), stray), 404);
    }

    @Test
    void stageChangesMoveTheStageAndTheSameEventTwiceHasOneEffect() {
        UUID assignmentId = UUID.fromString(assignmentIds.get("sifa"));
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        StageChanged assigned = new StageChanged(UUID.randomUUID(), assignmentId, start, "sifa", null, ReportStage.ASSIGNED);
        StageChanged drafting = new StageChanged(UUID.randomUUID(), assignmentId, start.plusSeconds(60), "sifa",
                ReportStage.ASSIGNED, ReportStage.DRAFTING);

        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            kafka.send(assigned);
            kafka.send(assigned);
            kafka.send(drafting);
        }

        // Messages of one assignment are consumed in order, so once DRAFTING shows, both copies of ASSIGNED were handled.
        JsonNode assignment = awaitHistory(assignmentId, 2);
        assertThat(assignment.get("stage").asText()).isEqualTo("DRAFTING");
        assertThat(Instant.parse(assignment.get("stageChangedAt").asText())).isEqualTo(drafting.occurredAt());
        assertThat(assignment.get("stageHistory")).extracting(h -> h.get("stage").asText())
                .containsExactly("ASSIGNED", "DRAFTING");
        JsonNode listed = expect(api.get("/api/assignments?campaignId=" + campaignId + "&departmentCode=sifa", ADMIN), 200);
        assertThat(listed.get(0).get("stage").asText()).isEqualTo("DRAFTING");
    }

    @Test
    void aStageChangeOlderThanTheOneShownIsKeptInHistoryButDoesNotMoveTheStage() {
        UUID assignmentId = UUID.fromString(assignmentIds.get("shichang"));
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        StageChanged drafting = new StageChanged(UUID.randomUUID(), assignmentId, start, "shichang",
                ReportStage.ASSIGNED, ReportStage.DRAFTING);
        StageChanged awaitingLeader = new StageChanged(UUID.randomUUID(), assignmentId, start.plusSeconds(60), "shichang",
                ReportStage.DRAFTING, ReportStage.AWAITING_LEADER_APPROVAL);

        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            kafka.send(awaitingLeader);
            kafka.send(drafting);
        }

        JsonNode assignment = awaitHistory(assignmentId, 2);
        assertThat(assignment.get("stage").asText()).isEqualTo("AWAITING_LEADER_APPROVAL");
        assertThat(Instant.parse(assignment.get("stageChangedAt").asText())).isEqualTo(awaitingLeader.occurredAt());
        assertThat(assignment.get("stageHistory")).extracting(h -> h.get("stage").asText())
                .as("in the order they happened").containsExactly("DRAFTING", "AWAITING_LEADER_APPROVAL");
    }

    @Test
    void aStageChangeForAnAssignmentThisServiceDoesNotKnowIsIgnored() {
        UUID unknown = UUID.randomUUID();
        UUID known = UUID.fromString(assignmentIds.get("minzheng"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            kafka.send(new StageChanged(UUID.randomUUID(), unknown, now, "minzheng", null, ReportStage.ASSIGNED));
            kafka.send(new StageChanged(UUID.randomUUID(), known, now, "minzheng", null, ReportStage.ASSIGNED));
        }

        awaitHistory(known, 1);
        expect(api.get("/api/assignments/" + unknown, ADMIN), 404);
    }

    @Test
    void deadlineMarksShowOnTheProgressBoardOnlyRiseAndBelongToTheDueDateInForce() {
        UUID assignmentId = UUID.fromString(assignmentIds.get("sifa"));
        LocalDate due = LocalDate.parse(listed("sifa", ADMIN).get("dueDate").asText());
        Instant now = Instant.now();
        DeadlineKind report = DeadlineKind.REPORT_SUBMISSION;
        WarningRaised red = new WarningRaised(UUID.randomUUID(), assignmentId, now, "sifa", report, null, due,
                WarningLevel.RED, 5);

        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            kafka.send(new DeadlineMissed(UUID.randomUUID(), assignmentId, now, "sifa", report, null, due));
            kafka.send(red);
            kafka.send(red);
            // A yellow warning arriving late, one about an old due date, and a finding's: none lowers or moves the board.
            kafka.send(new WarningRaised(UUID.randomUUID(), assignmentId, now, "sifa", report, null, due,
                    WarningLevel.YELLOW, 1));
            kafka.send(new WarningRaised(UUID.randomUUID(), UUID.fromString(assignmentIds.get("minzheng")), now,
                    "minzheng", report, null, due.minusDays(3), WarningLevel.RED, 9));
            kafka.send(new DeadlineMissed(UUID.randomUUID(), UUID.fromString(assignmentIds.get("shichang")), now,
                    "shichang", DeadlineKind.RECTIFICATION, UUID.randomUUID(), due));
            kafka.send(new EscalationRaised(UUID.randomUUID(), assignmentId, now, "sifa", report, null, due,
                    EscalationTarget.OFFICE, 6));
            kafka.send(new EscalationRaised(UUID.randomUUID(), assignmentId, now, "sifa", report, null, due,
                    EscalationTarget.DEPARTMENT_LEADER, 3));
            kafka.send(new StageChanged(UUID.randomUUID(), assignmentId, now, "sifa", null, ReportStage.ASSIGNED));
        }

        // One assignment's events are consumed in order: once the stage change shows, every mark before it was handled.
        awaitHistory(assignmentId, 1);
        JsonNode mine = listed("sifa", TestTokens.submitter("sifa"));
        assertThat(mine.get("overdue").asBoolean()).isTrue();
        assertThat(mine.get("warningLevel").asText()).isEqualTo("RED");
        assertThat(mine.get("escalatedTo").asText()).isEqualTo("OFFICE");
        JsonNode detail = expect(api.get("/api/assignments/" + assignmentId, TestTokens.leader("sifa")), 200);
        assertThat(detail.get("warningLevel").asText()).isEqualTo("RED");
        assertThat(detail.get("overdue").asBoolean()).isTrue();
        for (String other : new String[] {"minzheng", "shichang"}) {
            JsonNode untouched = listed(other, ADMIN);
            assertThat(untouched.get("overdue").asBoolean()).as(other).isFalse();
            assertThat(untouched.hasNonNull("warningLevel")).as(other).isFalse();
        }

        expect(api.post("/api/campaigns/" + campaignId + "/due-date",
                Map.of("dueDate", due.plusDays(7).toString(), "reason", "统一顺延"), ADMIN), 200);
        JsonNode moved = listed("sifa", ADMIN);
        assertThat(moved.get("overdue").asBoolean()).as("the marks belonged to the old date").isFalse();
        assertThat(moved.hasNonNull("warningLevel")).isFalse();
        assertThat(moved.hasNonNull("escalatedTo")).isFalse();
        JsonNode movedDetail = expect(api.get("/api/assignments/" + assignmentId, ADMIN), 200);
        assertThat(movedDetail.get("dueDate").asText()).as("the date in force").isEqualTo(due.plusDays(7).toString());
        assertThat(movedDetail.at("/scope/dueDate").asText()).as("the date issued").isEqualTo(due.toString());
        assertThat(movedDetail.get("overdue").asBoolean()).isFalse();
    }

    private JsonNode listed(String department, String token) {
        return expect(api.get("/api/assignments?campaignId=" + campaignId + "&departmentCode=" + department, token), 200)
                .get(0);
    }

    private JsonNode awaitHistory(UUID assignmentId, int entries) {
        await().atMost(Duration.ofSeconds(30)).until(
                () -> expect(api.get("/api/assignments/" + assignmentId, ADMIN), 200).get("stageHistory").size() >= entries);
        JsonNode assignment = expect(api.get("/api/assignments/" + assignmentId, ADMIN), 200);
        assertThat(assignment.get("stageHistory")).hasSize(entries);
        return assignment;
    }
}
