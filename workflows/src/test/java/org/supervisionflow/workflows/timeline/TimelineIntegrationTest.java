package org.supervisionflow.workflows.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.DeadlineKind;
import org.supervisionflow.contracts.DeliveryStatus;
import org.supervisionflow.contracts.EscalationTarget;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.contracts.FindingSeverity;
import org.supervisionflow.contracts.NotificationChannel;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.ReviewDecision;
import org.supervisionflow.contracts.VerificationOutcome;
import org.supervisionflow.contracts.WarningLevel;
import org.supervisionflow.contracts.SupervisionMessage;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.assignment.DueDateMoved;
import org.supervisionflow.contracts.assignment.ExtensionDenied;
import org.supervisionflow.contracts.assignment.ExtensionGranted;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.contracts.notification.NotificationAttempted;
import org.supervisionflow.contracts.review.FindingVerified;
import org.supervisionflow.contracts.review.ReviewClaimed;
import org.supervisionflow.contracts.review.ReviewCompleted;
import org.supervisionflow.contracts.review.ReviewReleased;
import org.supervisionflow.contracts.review.ScoreOverridden;
import org.supervisionflow.contracts.submission.DraftStarted;
import org.supervisionflow.contracts.submission.ExtensionRequested;
import org.supervisionflow.contracts.submission.RectificationApprovalRejected;
import org.supervisionflow.contracts.submission.RectificationSentForApproval;
import org.supervisionflow.contracts.submission.ReportSentForApproval;
import org.supervisionflow.contracts.submission.ReportPublished;
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.contracts.workflow.DeadlineApproaching;
import org.supervisionflow.contracts.workflow.DeadlineMissed;
import org.supervisionflow.contracts.workflow.EscalationRaised;
import org.supervisionflow.contracts.workflow.StageChanged;
import org.supervisionflow.contracts.workflow.WarningRaised;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.testsupport.TestTokens;
import org.supervisionflow.workflows.TestAssignments;
import org.supervisionflow.workflows.WorkflowsIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

@WorkflowsIntegrationTest
class TimelineIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Actor SUBMITTER = new Actor("u-1", "minzheng-submitter", "王填报", "dept-submitter", "minzheng");
    private static final Actor LEADER = new Actor("u-2", "minzheng-leader", "李局长", "dept-leader", "minzheng");
    private static final Actor AUDITOR = new Actor("u-3", "auditor", "张督察", "auditor", null);

    private static KafkaTestClient kafka;

    @Autowired
    TestRestTemplate http;

    @Autowired
    Timelines timelines;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void showsTheLifecycleInTheOrderItHappenedWithWhoDidWhatAndTheVersionItConcerns() {
        UUID assignmentId = UUID.randomUUID();
        UUID reportId = UUID.randomUUID();
        AssignmentIssued issued = TestAssignments.issued(assignmentId, "minzheng");
        kafka.send(issued);
        // The engine announces ASSIGNED and sends OpenReport, then rests until the report opens: it skips what follows.
        awaitEntries(assignmentId, 3);
        Instant later = Instant.now().plus(10, ChronoUnit.MINUTES);
        FindingNotice finding = new FindingNotice(UUID.randomUUID(), "督改〔2026〕7号", UUID.randomUUID(),
                FindingSeverity.SERIOUS, "行政机关负责人出庭应诉率未达标", "制定出庭应诉工作方案", LocalDate.of(2026, 6, 30));
        List<SupervisionMessage> story = List.of(
                new DraftStarted(UUID.randomUUID(), assignmentId, later, reportId, SUBMITTER),
                new ReportSentForApproval(UUID.randomUUID(), assignmentId, later.plusSeconds(60), reportId, SUBMITTER),
                new ReportSubmitted(UUID.randomUUID(), assignmentId, later.plusSeconds(120), reportId, 1, SUBMITTER,
                        LEADER),
                new ReviewClaimed(UUID.randomUUID(), assignmentId, later.plusSeconds(180), UUID.randomUUID(), 1,
                        AUDITOR),
                new ReviewCompleted(UUID.randomUUID(), assignmentId, later.plusSeconds(240), UUID.randomUUID(), 1,
                        ReviewDecision.ACCEPT_WITH_FINDINGS, new BigDecimal("86.5"), new BigDecimal("100"), List.of(),
                        List.of(finding), AUDITOR),
                new FindingVerified(UUID.randomUUID(), assignmentId, later.plusSeconds(300), finding.findingId(),
                        UUID.randomUUID(), VerificationOutcome.CLOSED, null, AUDITOR));
        story.forEach(kafka::send);

        JsonNode timeline = awaitTimeline(assignmentId, 9, TestTokens.auditor());

        assertThat(timeline.get("verified").asBoolean()).isTrue();
        assertThat(timeline.get("departmentCode").asText()).isEqualTo("minzheng");
        assertThat(timeline.get("entries").findValuesAsText("type")).containsExactly("AssignmentIssued",
                "StageChanged", "OpenReport", "DraftStarted", "ReportSentForApproval", "ReportSubmitted",
                "ReviewClaimed", "ReviewCompleted", "FindingVerified");
        JsonNode entries = timeline.get("entries");
        assertThat(entries.get(0).get("messageId").asText()).isEqualTo(issued.id().toString());
        assertThat(entries.get(0).get("summary").get("zh").asText()).contains("2025年度法治政府建设情况报告");
        assertThat(entries.get(0).has("actor")).isFalse();
        assertThat(entries.get(1).path("stageBefore").isMissingNode()).isTrue();
        assertThat(entries.get(1).get("stageAfter").asText()).isEqualTo("ASSIGNED");
        assertThat(entries.get(1).get("source").asText()).isEqualTo("workflows");
        assertThat(entries.get(2).get("kind").asText()).isEqualTo("COMMAND");

        JsonNode submitted = entries.get(5);
        assertThat(submitted.get("actor").get("displayName").asText()).isEqualTo("李局长");
        assertThat(submitted.get("actor").get("role").asText()).isEqualTo("dept-leader");
        assertThat(submitted.get("actor").get("departmentCode").asText()).isEqualTo("minzheng");
        assertThat(submitted.get("details").get("submitter").get("displayName").asText()).isEqualTo("王填报");
        assertThat(submitted.get("summary").get("zh").asText()).isEqualTo("部门负责人审批通过，报告第 1 版报送");
        assertThat(submitted.get("summary").get("en").asText())
                .isEqualTo("The department leader approved; report version 1 submitted");
        assertThat(submitted.get("versionLink").asText()).isEqualTo("/api/reports/" + reportId + "/versions/1");
        assertThat(submitted.get("occurredAt").asText()).isEqualTo(later.plusSeconds(120)
                .truncatedTo(ChronoUnit.MICROS).toString());

        JsonNode completed = entries.get(7);
        assertThat(completed.get("actor").get("displayName").asText()).isEqualTo("张督察");
        assertThat(completed.get("versionLink").asText()).isEqualTo("/api/reports/" + reportId + "/versions/1");
        assertThat(completed.get("details").get("decision").asText()).isEqualTo("ACCEPT_WITH_FINDINGS");
        assertThat(completed.get("details").get("totalScore").decimalValue()).isEqualByComparingTo("86.5");
        assertThat(completed.get("details").get("vetoed").asBoolean()).isFalse();
        assertThat(completed.get("details").get("noticeNumbers").get(0).asText()).isEqualTo("督改〔2026〕7号");
        assertThat(completed.get("summary").get("zh").asText())
                .isEqualTo("审核通过第 1 版，发现问题 1 项（整改通知书 督改〔2026〕7号），得分 86.5/100");

        JsonNode verified = entries.get(8);
        assertThat(verified.get("summary").get("zh").asText()).isEqualTo("整改核验通过，问题销号");
        assertThat(verified.get("details").get("outcome").asText()).isEqualTo("CLOSED");
        assertThat(verified.get("noticeNumbers").get(0).asText()).as("looked up by finding id")
                .isEqualTo("督改〔2026〕7号");

        assertThat(timeline.get("engine").get("stage").asText()).isEqualTo("ASSIGNED");
        assertThat(timeline.get("engine").get("consistent").asBoolean()).isTrue();
    }

    @Test
    void aRedeliveredMessageIsRecordedOnce() {
        UUID assignmentId = UUID.randomUUID();
        StageChanged assigned = stage(assignmentId, "sifa", null, ReportStage.ASSIGNED, Instant.now());
        StageChanged drafting = stage(assignmentId, "sifa", ReportStage.ASSIGNED, ReportStage.DRAFTING,
                Instant.now().plusSeconds(1));

        kafka.send(assigned);
        kafka.send(assigned);
        kafka.send(drafting);
        // Same key, same partition: once the later message is in, both copies of the first were handled.
        await().atMost(PATIENCE).until(() -> holds(assignmentId, drafting.id()));

        Timeline timeline = timelines.find(assignmentId, Optional.empty()).orElseThrow();
        assertThat(timeline.entries()).extracting(TimelineEntry::messageId).containsExactly(assigned.id(), drafting.id());
        assertThat(timeline.verified()).isTrue();
        assertThat(jdbc.sql("select count(*) from inbox_message where consumer = 'timeline' and message_id = ?")
                .param(assigned.id()).query(Long.class).single()).as("received once, under the timeline's name").isOne();
    }

    @Test
    void extensionsReviewCorrectionsDeadlinesAndNotificationsAreRecordedOnceWithWhoAndTheVersion() {
        UUID assignmentId = UUID.randomUUID();
        UUID reportId = UUID.randomUUID();
        UUID findingId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();
        Actor office = new Actor("u-9", "office-admin", "赵主任", "office-admin", null);
        Instant at = Instant.now().plus(1, ChronoUnit.HOURS);
        LocalDate due = LocalDate.of(2026, 3, 31);
        StageChanged assigned = stage(assignmentId, "minzheng", null, ReportStage.ASSIGNED, at);
        ExtensionGranted granted = new ExtensionGranted(UUID.randomUUID(), assignmentId, at.plusSeconds(2),
                UUID.randomUUID(), null, due, due.plusDays(7), "同意", office);
        List<SupervisionMessage> story = List.of(
                assigned,
                new ExtensionRequested(UUID.randomUUID(), assignmentId, at.plusSeconds(1), UUID.randomUUID(), null,
                        due, due.plusDays(7), "数据核对需要时间", SUBMITTER),
                granted,
                new ExtensionDenied(UUID.randomUUID(), assignmentId, at.plusSeconds(3), UUID.randomUUID(), findingId,
                        "理由不充分", office),
                new DueDateMoved(UUID.randomUUID(), assignmentId, at.plusSeconds(4), due.plusDays(7),
                        due.plusDays(9), "全市统一顺延", office),
                new ReportSubmitted(UUID.randomUUID(), assignmentId, at.plusSeconds(5), reportId, 2, SUBMITTER, LEADER),
                new ReviewReleased(UUID.randomUUID(), assignmentId, at.plusSeconds(6), UUID.randomUUID(), 2, AUDITOR),
                new ScoreOverridden(UUID.randomUUID(), assignmentId, at.plusSeconds(7), UUID.randomUUID(), 2,
                        UUID.randomUUID(), new BigDecimal("3"), new BigDecimal("2.5"), "佐证材料不全", AUDITOR),
                new RectificationSentForApproval(UUID.randomUUID(), assignmentId, at.plusSeconds(8), reportId,
                        findingId, answerId, 1, SUBMITTER),
                new RectificationApprovalRejected(UUID.randomUUID(), assignmentId, at.plusSeconds(9), reportId,
                        findingId, answerId, LEADER, "措施不具体"),
                new DeadlineApproaching(UUID.randomUUID(), assignmentId, at.plusSeconds(10), "minzheng",
                        DeadlineKind.RECTIFICATION, findingId, due, 1),
                new DeadlineMissed(UUID.randomUUID(), assignmentId, at.plusSeconds(11), "minzheng",
                        DeadlineKind.RECTIFICATION, findingId, due),
                new WarningRaised(UUID.randomUUID(), assignmentId, at.plusSeconds(12), "minzheng",
                        DeadlineKind.RECTIFICATION, findingId, due, WarningLevel.YELLOW, 1),
                new EscalationRaised(UUID.randomUUID(), assignmentId, at.plusSeconds(13), "minzheng",
                        DeadlineKind.RECTIFICATION, findingId, due, EscalationTarget.DEPARTMENT_LEADER, 1),
                new NotificationAttempted(UUID.randomUUID(), assignmentId, at.plusSeconds(14), UUID.randomUUID(),
                        "WarningRaised", "minzheng-leader", "李局长", NotificationChannel.EMAIL, DeliveryStatus.FAILED, 1,
                        "SMTP 421"),
                new ReportPublished(UUID.randomUUID(), assignmentId, at.plusSeconds(15), reportId, 2,
                        LocalDate.of(2026, 4, 10), LEADER, SUBMITTER));
        // Out of order (the last first) and one duplicate: still one entry each, in the order they happened.
        kafka.send(story.getLast());
        story.forEach(kafka::send);
        kafka.send(granted);

        JsonNode timeline = awaitTimeline(assignmentId, story.size(), TestTokens.auditor());

        JsonNode entries = timeline.get("entries");
        assertThat(entries.findValuesAsText("type")).containsExactly("StageChanged", "ExtensionRequested",
                "ExtensionGranted", "ExtensionDenied", "DueDateMoved", "ReportSubmitted", "ReviewReleased",
                "ScoreOverridden", "RectificationSentForApproval", "RectificationApprovalRejected",
                "DeadlineApproaching", "DeadlineMissed", "WarningRaised", "EscalationRaised", "NotificationAttempted",
                "ReportPublished");
        assertThat(timeline.get("verified").asBoolean()).isTrue();
        assertThat(entries.get(1).get("actor").get("displayName").asText()).isEqualTo("王填报");
        assertThat(entries.get(1).get("summary").get("zh").asText()).contains("报送截止日期", "数据核对需要时间");
        assertThat(entries.get(2).get("actor").get("role").asText()).isEqualTo("office-admin");
        assertThat(entries.get(2).get("details").get("newDueDate").asText()).isEqualTo("2026-04-07");
        assertThat(entries.get(3).get("summary").get("zh").asText()).isEqualTo("不予延期：理由不充分");
        assertThat(entries.get(4).get("source").asText()).isEqualTo("assignment-service");
        JsonNode released = entries.get(6);
        assertThat(released.get("actor").get("displayName").asText()).isEqualTo("张督察");
        assertThat(released.get("versionLink").asText()).isEqualTo("/api/reports/" + reportId + "/versions/2");
        assertThat(entries.get(7).get("versionLink").asText()).isEqualTo("/api/reports/" + reportId + "/versions/2");
        assertThat(entries.get(7).get("details").get("score").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(entries.get(8).get("actor").get("username").asText()).isEqualTo("minzheng-submitter");
        assertThat(entries.get(9).get("actor").get("displayName").asText()).isEqualTo("李局长");
        assertThat(entries.get(10).get("summary").get("zh").asText())
                .isEqualTo("催办：问题整改还有 1 个工作日到期（2026-03-31）");
        assertThat(entries.get(10).has("actor")).as("the engine acted").isFalse();
        assertThat(entries.get(12).get("summary").get("zh").asText()).isEqualTo("黄牌预警：问题整改逾期 1 个工作日");
        assertThat(entries.get(13).get("details").get("target").asText()).isEqualTo("DEPARTMENT_LEADER");
        JsonNode notified = entries.get(14);
        assertThat(notified.get("source").asText()).isEqualTo("notification-service");
        assertThat(notified.get("summary").get("zh").asText()).isEqualTo("通过邮件通知 李局长失败（第 1 次）：SMTP 421");
        assertThat(notified.get("details").get("recipientUsername").asText()).isEqualTo("minzheng-leader");
        JsonNode published = entries.get(15);
        assertThat(published.get("summary").get("zh").asText()).isEqualTo("报告第 2 版经保密审查，于 2026-04-10 向社会公开");
        assertThat(published.get("actor").get("displayName").asText()).isEqualTo("王填报");
        assertThat(published.get("versionLink").asText()).isEqualTo("/api/reports/" + reportId + "/versions/2");
    }

    @Test
    void messagesArrivingOutOfOrderAreShownInTheOrderTheyHappened() {
        UUID assignmentId = UUID.randomUUID();
        Instant start = Instant.now();
        StageChanged assigned = stage(assignmentId, "shichang", null, ReportStage.ASSIGNED, start);
        StageChanged drafting = stage(assignmentId, "shichang", ReportStage.ASSIGNED, ReportStage.DRAFTING,
                start.plusSeconds(60));
        StageChanged awaiting = stage(assignmentId, "shichang", ReportStage.DRAFTING,
                ReportStage.AWAITING_LEADER_APPROVAL, start.plusSeconds(120));
        OpenReport open = new OpenReport(UUID.randomUUID(), assignmentId, start.plusMillis(1),
                TestAssignments.issued(assignmentId, "shichang").scope());

        kafka.send(awaiting);
        kafka.send(assigned);
        kafka.send(drafting);
        kafka.send(open);
        await().atMost(PATIENCE).until(() -> timelines.find(assignmentId, Optional.empty())
                .map(timeline -> timeline.entries().size() == 4).orElse(false));

        Timeline timeline = timelines.find(assignmentId, Optional.empty()).orElseThrow();
        assertThat(timeline.entries()).extracting(TimelineEntry::messageId)
                .containsExactly(assigned.id(), open.id(), drafting.id(), awaiting.id());
        // The stage changes share a topic and partition, so they arrived in the order sent: the latest first.
        List<TimelineEntry> entries = timeline.entries();
        assertThat(entries.get(3).seq()).isLessThan(entries.get(0).seq());
        assertThat(entries.get(0).seq()).isLessThan(entries.get(2).seq());
        assertThat(timeline.latestStage()).contains("AWAITING_LEADER_APPROVAL");
        assertThat(timeline.verified()).isTrue();
    }

    @Test
    void anAlteredStoredEntryFailsVerificationFromThatEntryOn() {
        UUID assignmentId = UUID.randomUUID();
        Instant start = Instant.now();
        StageChanged assigned = stage(assignmentId, "minzheng", null, ReportStage.ASSIGNED, start);
        StageChanged drafting = stage(assignmentId, "minzheng", ReportStage.ASSIGNED, ReportStage.DRAFTING,
                start.plusSeconds(60));
        StageChanged awaiting = stage(assignmentId, "minzheng", ReportStage.DRAFTING,
                ReportStage.AWAITING_LEADER_APPROVAL, start.plusSeconds(120));
        List.of(assigned, drafting, awaiting).forEach(kafka::send);
        await().atMost(PATIENCE).until(() -> holds(assignmentId, awaiting.id()));
        assertThat(get(assignmentId, TestTokens.auditor()).getBody().get("verified").asBoolean()).isTrue();

        jdbc.sql("update timeline_entry set stage_after = 'SUBMITTED' where message_id = ?").param(drafting.id())
                .update();

        JsonNode altered = get(assignmentId, TestTokens.auditor()).getBody();
        assertThat(altered.get("verified").asBoolean()).isFalse();
        assertThat(altered.get("brokenAtSeq").asInt()).isEqualTo(2);

        jdbc.sql("update timeline_entry set stage_after = 'DRAFTING' where message_id = ?").param(drafting.id())
                .update();
        assertThat(timelines.find(assignmentId, Optional.empty()).orElseThrow().verified()).isTrue();

        jdbc.sql("update timeline_chain set department_code = 'sifa' where assignment_id = ?").param(assignmentId)
                .update();
        assertThat(timelines.find(assignmentId, Optional.empty()).orElseThrow().verified())
                .as("moved to another department").isFalse();
        jdbc.sql("update timeline_chain set department_code = 'minzheng' where assignment_id = ?").param(assignmentId)
                .update();

        jdbc.sql("delete from timeline_entry where message_id = ?").param(awaiting.id()).update();
        Timeline truncated = timelines.find(assignmentId, Optional.empty()).orElseThrow();
        assertThat(truncated.verified()).as("the last entry removed").isFalse();
        assertThat(truncated.brokenAtSeq()).isEqualTo(3);
    }

    @Test
    void officeRolesSeeEveryDepartmentsTimelineAndDepartmentUsersOnlyTheirOwn() {
        UUID assignmentId = UUID.randomUUID();
        StageChanged assigned = stage(assignmentId, "minzheng", null, ReportStage.ASSIGNED, Instant.now());
        kafka.send(assigned);
        await().atMost(PATIENCE).until(() -> holds(assignmentId, assigned.id()));

        for (String token : List.of(TestTokens.officeAdmin(), TestTokens.auditor(), TestTokens.viewer(),
                TestTokens.submitter("minzheng"), TestTokens.leader("minzheng"))) {
            ResponseEntity<JsonNode> response = get(assignmentId, token);
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            assertThat(response.getBody().get("entries").get(0).get("messageId").asText())
                    .isEqualTo(assigned.id().toString());
        }
        for (ResponseEntity<JsonNode> response : List.of(get(assignmentId, TestTokens.submitter("sifa")),
                get(assignmentId, TestTokens.leader("shichang")), get(UUID.randomUUID(), TestTokens.officeAdmin()))) {
            assertThat(response.getStatusCode().value()).isEqualTo(404);
            assertThat(response.getBody().get("code").asText()).isEqualTo("not-found");
            assertThat(response.getBody().get("title").asText()).isEqualTo("未找到");
        }
        ResponseEntity<JsonNode> roleless = get(assignmentId, TestTokens.token("stranger", "无角色用户", List.of(),
                "minzheng"));
        assertThat(roleless.getStatusCode().value()).isEqualTo(403);
        ResponseEntity<JsonNode> anonymous = http.getForEntity(
                "/api/workflow/assignments/" + assignmentId + "/timeline", JsonNode.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void aVetoedDecisionSaysSoWhateverItsScore() {
        UUID assignmentId = UUID.randomUUID();
        timelines.record(new ReviewCompleted(UUID.randomUUID(), assignmentId, Instant.now(), UUID.randomUUID(), 1,
                ReviewDecision.ACCEPT, new BigDecimal("98"), new BigDecimal("100"), List.of(), List.of(), AUDITOR, true));

        JsonNode completed = awaitTimeline(assignmentId, 1, TestTokens.auditor()).get("entries").get(0);

        assertThat(completed.get("summary").get("zh").asText()).isEqualTo("审核通过第 1 版，得分 98/100；一票否决，等次为不合格");
        assertThat(completed.get("summary").get("en").asText())
                .isEqualTo("Version 1 accepted, score 98/100; vetoed (一票否决): graded FAIL");
        assertThat(completed.get("details").get("vetoed").asBoolean()).isTrue();
    }

    @Test
    void aTimelineNoMessageNamedADepartmentForIsForOfficeRolesOnly() {
        UUID assignmentId = UUID.randomUUID();
        timelines.record(new ReviewClaimed(UUID.randomUUID(), assignmentId, Instant.now(), UUID.randomUUID(), 1,
                AUDITOR));

        assertThat(get(assignmentId, TestTokens.auditor()).getStatusCode().value()).isEqualTo(200);
        assertThat(get(assignmentId, TestTokens.submitter("minzheng")).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theTimelineIsPartOfTheOpenApiDocument() {
        ResponseEntity<JsonNode> docs = http.getForEntity("/v3/api-docs", JsonNode.class);

        assertThat(docs.getBody().get("paths").has("/api/workflow/assignments/{assignmentId}/timeline")).isTrue();
    }

    private static StageChanged stage(UUID assignmentId, String department, ReportStage before, ReportStage after,
            Instant at) {
        return new StageChanged(UUID.randomUUID(), assignmentId, at, department, before, after);
    }

    private boolean holds(UUID assignmentId, UUID messageId) {
        return timelines.find(assignmentId, Optional.empty())
                .map(timeline -> timeline.entries().stream().anyMatch(entry -> entry.messageId().equals(messageId)))
                .orElse(false);
    }

    private void awaitEntries(UUID assignmentId, int count) {
        await().atMost(PATIENCE).until(() -> timelines.find(assignmentId, Optional.empty())
                .map(timeline -> timeline.entries().size() >= count).orElse(false));
    }

    private JsonNode awaitTimeline(UUID assignmentId, int count, String token) {
        awaitEntries(assignmentId, count);
        ResponseEntity<JsonNode> response = get(assignmentId, token);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    private ResponseEntity<JsonNode> get(UUID assignmentId, String token) {
        return http.exchange("/api/workflow/assignments/" + assignmentId + "/timeline", HttpMethod.GET,
                new HttpEntity<>(TestTokens.headers(token)), JsonNode.class);
    }
}
