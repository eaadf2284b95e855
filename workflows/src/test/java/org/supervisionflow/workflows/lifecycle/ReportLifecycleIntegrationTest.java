package org.supervisionflow.workflows.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.contracts.FindingSeverity;
import org.supervisionflow.contracts.Grade;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.ReviewDecision;
import org.supervisionflow.contracts.SupervisionMessage;
import org.supervisionflow.contracts.VerificationOutcome;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.assignment.ExtensionGranted;
import org.supervisionflow.contracts.command.CloseReport;
import org.supervisionflow.contracts.command.OpenRectification;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.contracts.command.OpenReview;
import org.supervisionflow.contracts.command.OpenVerification;
import org.supervisionflow.contracts.command.ReopenReport;
import org.supervisionflow.contracts.review.FindingVerified;
import org.supervisionflow.contracts.review.ReviewClaimed;
import org.supervisionflow.contracts.review.ReviewCompleted;
import org.supervisionflow.contracts.review.ReviewReleased;
import org.supervisionflow.contracts.submission.DraftStarted;
import org.supervisionflow.contracts.submission.RectificationSubmitted;
import org.supervisionflow.contracts.submission.ReportApprovalRejected;
import org.supervisionflow.contracts.submission.ReportOpened;
import org.supervisionflow.contracts.submission.ReportSentForApproval;
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.contracts.workflow.ReportGraded;
import org.supervisionflow.contracts.workflow.StageChanged;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.workflows.TestAssignments;
import org.supervisionflow.workflows.WorkflowsIntegrationTest;
import org.supervisionflow.workflows.calendar.CalendarYear;
import org.supervisionflow.workflows.calendar.StoredCalendars;
import org.supervisionflow.workflows.calendar.WorkingDays;
import org.supervisionflow.workflows.lifecycle.engine.ProcessConstants;

@WorkflowsIntegrationTest
class ReportLifecycleIntegrationTest {

    private static final String AWAIT_DRAFTING = "Task_AwaitDrafting";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static KafkaTestClient kafka;

    @Autowired
    ReportLifecycles lifecycles;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    StoredCalendars calendars;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void issuedAssignmentIsAnnouncedOpenedAndThenWaitsForDraftingUnderOneLifecycleOnly() {
        UUID assignmentId = UUID.randomUUID();
        AssignmentIssued issued = TestAssignments.issued(assignmentId, "minzheng");

        kafka.send(issued);

        assertThat(kafka.await(StageChanged.class, changed -> changed.assignmentId().equals(assignmentId), 1, PATIENCE))
                .singleElement().satisfies(changed -> {
                    assertThat(changed.previousStage()).isNull();
                    assertThat(changed.stage()).isEqualTo(ReportStage.ASSIGNED);
                    assertThat(changed.departmentCode()).isEqualTo("minzheng");
                });
        assertThat(kafka.await(OpenReport.class, open -> open.assignmentId().equals(assignmentId), 1, PATIENCE))
                .singleElement().extracting(OpenReport::scope).isEqualTo(issued.scope());

        kafka.send(TestAssignments.opened(assignmentId, "minzheng"));
        await().atMost(PATIENCE).until(() -> waitsAt(assignmentId, AWAIT_DRAFTING));

        AssignmentIssued issuedAnew = new AssignmentIssued(UUID.randomUUID(), assignmentId, issued.occurredAt(),
                issued.scope());
        kafka.send(issued);
        kafka.send(issuedAnew);
        // Same key, same partition: once the later one is taken, the redelivered one was handled before it.
        await().atMost(PATIENCE).until(() -> inboxHolds(issuedAnew.id()));

        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessConstants.PROCESS_KEY)
                .processInstanceBusinessKey(assignmentId.toString()).count()).isOne();
        assertThat(waitsAt(assignmentId, AWAIT_DRAFTING)).isTrue();
        assertThat(kafka.await(StageChanged.class, changed -> changed.assignmentId().equals(assignmentId), 2,
                Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void reportOpenedBeforeItsAssignmentIsDeliveredAgainUntilTheLifecycleWaitsForIt() {
        UUID assignmentId = UUID.randomUUID();
        ReportOpened early = TestAssignments.opened(assignmentId, "sifa");

        kafka.send(early);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> !inboxHolds(early.id()));
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessConstants.PROCESS_KEY)
                .processInstanceBusinessKey(assignmentId.toString()).count()).isZero();

        kafka.send(TestAssignments.issued(assignmentId, "sifa"));

        await().atMost(PATIENCE).until(() -> waitsAt(assignmentId, AWAIT_DRAFTING));
        assertThat(inboxHolds(early.id())).isTrue();
        assertThat(runtimeService.getVariable(lifecycle(assignmentId).getId(), "reportId"))
                .isEqualTo(early.reportId().toString());
    }

    @Test
    void withdrawnAssignmentAnnouncesWithdrawnAndEndsItsLifecycle() {
        UUID assignmentId = UUID.randomUUID();
        kafka.send(TestAssignments.issued(assignmentId, "shichang"));
        assertThat(kafka.await(StageChanged.class, changed -> changed.assignmentId().equals(assignmentId), 1, PATIENCE))
                .hasSize(1);

        kafka.send(TestAssignments.withdrawn(assignmentId, "shichang"));

        assertThat(kafka.await(StageChanged.class, changed -> changed.assignmentId().equals(assignmentId)
                && changed.stage() == ReportStage.WITHDRAWN, 1, PATIENCE))
                .singleElement().extracting(StageChanged::previousStage).isEqualTo(ReportStage.ASSIGNED);
        await().atMost(PATIENCE).until(() -> lifecycles.status(assignmentId, Optional.empty())
                .map(LifecycleStatus::ended).orElse(false));
        assertThat(lifecycles.status(assignmentId, Optional.empty()).orElseThrow().stage())
                .isEqualTo(ReportStage.WITHDRAWN);
    }

    @Test
    void aGrantedExtensionRestartsTheReportDueDatesTimersFromTheNewDateAndWithdrawalStopsThem() {
        UUID assignmentId = UUID.randomUUID();
        LocalDate newDueDate = LocalDate.now(ProcessConstants.DEADLINE_ZONE).plusMonths(2);

        ProcessInstance watch = watchExtendedTo(assignmentId, newDueDate);

        assertThat(runtimeService.getVariable(watch.getId(), "dueDate")).isEqualTo(newDueDate.toString());
        assertThat(runtimeService.getVariable(lifecycle(assignmentId).getId(), "reportDueDate"))
                .isEqualTo(newDueDate.toString());
        assertThat(timer(watch)).isEqualTo(nineOClock(workingDays.before(newDueDate, 3)));

        kafka.send(TestAssignments.withdrawn(assignmentId, "minzheng"));
        await().atMost(PATIENCE).until(() -> runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(assignmentId.toString()).count() == 0);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(watch.getId())
                .activityId("Event_DeadlineMet").count()).isOne();
    }

    @Test
    void aCalendarYearTheOfficeReplacesMovesTheTimerAWaitingWatchWaitsOn() {
        // Friday 29 March 2030: a year no other test replaces, and no file ships for it (weekends only).
        LocalDate dueDate = LocalDate.of(2030, 3, 29);
        ProcessInstance watch = watchExtendedTo(UUID.randomUUID(), dueDate);
        assertThat(timer(watch)).isEqualTo(nineOClock(LocalDate.of(2030, 3, 26)));

        calendars.replace(new CalendarYear(2030, true, "测试", List.of(new CalendarYear.Day(LocalDate.of(2030, 3, 26),
                "临时调整")), List.of()), "admin");

        assertThat(timer(watch)).as("three working days before, one of them now off").isEqualTo(nineOClock(
                LocalDate.of(2030, 3, 25)));
    }

    /** A new report whose due date has passed, given a later one by an extension: its watch waits on a timer again. */
    private ProcessInstance watchExtendedTo(UUID assignmentId, LocalDate newDueDate) {
        kafka.send(TestAssignments.issued(assignmentId, "minzheng"));
        // The test scope's due date has passed: the watch has nothing left to time and waits for a new date.
        await().atMost(PATIENCE).until(() -> waitsAt(assignmentId, "Task_AwaitDeadlineMoved"));
        ExtensionGranted granted = new ExtensionGranted(UUID.randomUUID(), assignmentId, Instant.now(),
                UUID.randomUUID(), null, LocalDate.of(2026, 3, 31), newDueDate, "同意延期",
                new Actor("u-9", "office-admin", "赵主任", "office-admin", null));

        kafka.send(granted);
        kafka.send(granted);

        await().atMost(PATIENCE).until(() -> waitsAt(assignmentId, "Timer_DeadlineStep"));
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProcessConstants.DEADLINE_PROCESS_KEY)
                .processInstanceBusinessKey(assignmentId.toString()).singleResult();
    }

    private Instant timer(ProcessInstance watch) {
        return managementService.createJobQuery().processInstanceId(watch.getId()).timers().singleResult()
                .getDuedate().toInstant();
    }

    private static Instant nineOClock(LocalDate date) {
        return date.atTime(9, 0).atZone(ProcessConstants.DEADLINE_ZONE).toInstant();
    }

    @Test
    void messagesOfAJobCommitAndRollBackWithTheEngineInOneTransaction() {
        UUID assignmentId = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            lifecycles.start(TestAssignments.issued(assignmentId, "minzheng"));
            // Uncommitted, so the job executor cannot see this job: only this transaction runs it.
            Job job = managementService.createJobQuery().processInstanceId(lifecycle(assignmentId).getId()).singleResult();
            managementService.executeJob(job.getId());
            assertThat(outboxEntries(assignmentId)).isOne();
            status.setRollbackOnly();
        });

        assertThat(outboxEntries(assignmentId)).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessConstants.PROCESS_KEY)
                .processInstanceBusinessKey(assignmentId.toString()).count()).isZero();
        assertThat(kafka.await(StageChanged.class, changed -> changed.assignmentId().equals(assignmentId), 1,
                Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aReportGoesFromAssignedThroughReviewAndOneRectificationToClosedOverKafka() {
        UUID assignmentId = UUID.randomUUID();
        String department = "shichang";
        Actor submitter = new Actor("u-1", department + "-submitter", "赵填报", "dept-submitter", department);
        Actor leader = new Actor("u-2", department + "-leader", "钱领导", "dept-leader", department);
        Actor auditor = new Actor("u-3", "auditor", "孙审核", "auditor", null);
        kafka.send(TestAssignments.issued(assignmentId, department));
        OpenReport open = single(OpenReport.class, assignmentId);
        ReportOpened opened = TestAssignments.opened(assignmentId, department);
        UUID reportId = opened.reportId();

        kafka.send(opened);
        kafka.send(new DraftStarted(UUID.randomUUID(), assignmentId, Instant.now(), reportId, submitter));
        awaitStage(assignmentId, ReportStage.DRAFTING);
        kafka.send(new ReportSentForApproval(UUID.randomUUID(), assignmentId, Instant.now(), reportId, submitter));
        awaitStage(assignmentId, ReportStage.AWAITING_LEADER_APPROVAL);
        kafka.send(new ReportSubmitted(UUID.randomUUID(), assignmentId, Instant.now(), reportId, 1, submitter, leader));

        OpenReview review = single(OpenReview.class, assignmentId);
        assertThat(review.reportId()).isEqualTo(reportId);
        assertThat(review.reportVersion()).isEqualTo(1);
        assertThat(review.campaignId()).isEqualTo(open.scope().campaignId());
        assertThat(review.departmentCode()).isEqualTo(department);

        UUID reviewId = UUID.randomUUID();
        kafka.send(new ReviewClaimed(UUID.randomUUID(), assignmentId, Instant.now(), reviewId, 1, auditor));
        awaitStage(assignmentId, ReportStage.UNDER_REVIEW);
        // The auditor gives it back: the board shows it waiting for an auditor again until the next claim.
        kafka.send(new ReviewReleased(UUID.randomUUID(), assignmentId, Instant.now(), reviewId, 1, auditor));
        awaitStage(assignmentId, ReportStage.SUBMITTED, 2);
        kafka.send(new ReviewClaimed(UUID.randomUUID(), assignmentId, Instant.now(), reviewId, 1, auditor));
        awaitStage(assignmentId, ReportStage.UNDER_REVIEW, 2);
        FindingNotice finding = new FindingNotice(UUID.randomUUID(), "整改〔2026〕7号", UUID.randomUUID(),
                FindingSeverity.GENERAL, "双随机抽查结果未按时公示", "七日内公示并建立台账", LocalDate.of(2026, 6, 30));
        kafka.send(new ReviewCompleted(UUID.randomUUID(), assignmentId, Instant.now(), reviewId, 1,
                ReviewDecision.ACCEPT_WITH_FINDINGS, new BigDecimal("27.5"), new BigDecimal("30"), List.of(),
                List.of(finding), auditor));

        assertThat(single(ReportGraded.class, assignmentId).grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(single(OpenRectification.class, assignmentId).finding()).isEqualTo(finding);
        // The office extends this finding's deadline: its watch starts over from the new date.
        LocalDate extended = LocalDate.now(ProcessConstants.DEADLINE_ZONE).plusMonths(3);
        kafka.send(new ExtensionGranted(UUID.randomUUID(), assignmentId, Instant.now(), UUID.randomUUID(),
                finding.findingId(), finding.deadline(), extended, "同意延期", null));
        await().atMost(PATIENCE).until(() -> runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProcessConstants.DEADLINE_PROCESS_KEY)
                .processInstanceBusinessKey(assignmentId.toString())
                .variableValueEquals("deadlineKind", "RECTIFICATION")
                .variableValueEquals("findingId", finding.findingId().toString())
                .variableValueEquals("dueDate", extended.toString())
                .count() == 1 && waitsAt(assignmentId, "Timer_DeadlineStep"));
        UUID answerId = UUID.randomUUID();
        kafka.send(new RectificationSubmitted(UUID.randomUUID(), assignmentId, Instant.now(), reportId,
                finding.findingId(), answerId, 1, submitter, leader));
        assertThat(single(OpenVerification.class, assignmentId).answerId()).isEqualTo(answerId);
        kafka.send(new FindingVerified(UUID.randomUUID(), assignmentId, Instant.now(), finding.findingId(), answerId,
                VerificationOutcome.CLOSED, null, auditor));

        assertThat(single(CloseReport.class, assignmentId).finalStage()).isEqualTo(ReportStage.CLOSED);
        await().atMost(PATIENCE).until(() -> lifecycles.status(assignmentId, Optional.empty())
                .map(LifecycleStatus::ended).orElse(false));
        assertThat(lifecycles.status(assignmentId, Optional.empty()).orElseThrow().stage()).isEqualTo(ReportStage.CLOSED);
        assertThat(kafka.await(StageChanged.class, changed -> changed.assignmentId().equals(assignmentId), 12, PATIENCE))
                .extracting(StageChanged::stage).containsExactly(ReportStage.ASSIGNED, ReportStage.DRAFTING,
                        ReportStage.AWAITING_LEADER_APPROVAL, ReportStage.SUBMITTED, ReportStage.UNDER_REVIEW,
                        ReportStage.SUBMITTED, ReportStage.UNDER_REVIEW, ReportStage.ACCEPTED, ReportStage.RECTIFYING, ReportStage.RECTIFICATION_SUBMITTED,
                        ReportStage.VERIFYING, ReportStage.CLOSED);
    }

    @Test
    void factsThatOvertakeTheLifecyclesOwnStepsAreDeliveredAgainUntilItWaitsForThem() {
        UUID assignmentId = UUID.randomUUID();
        Actor submitter = new Actor("u-1", "minzheng-submitter", "王填报", "dept-submitter", "minzheng");
        Actor leader = new Actor("u-2", "minzheng-leader", "李领导", "dept-leader", "minzheng");
        kafka.send(TestAssignments.issued(assignmentId, "minzheng"));
        single(OpenReport.class, assignmentId);
        ReportOpened opened = TestAssignments.opened(assignmentId, "minzheng");
        UUID reportId = opened.reportId();

        // All at once: each one after the first arrives while the lifecycle still runs the steps before its wait.
        kafka.send(opened);
        kafka.send(new DraftStarted(UUID.randomUUID(), assignmentId, Instant.now(), reportId, submitter));
        kafka.send(new ReportSentForApproval(UUID.randomUUID(), assignmentId, Instant.now(), reportId, submitter));
        kafka.send(new ReportApprovalRejected(UUID.randomUUID(), assignmentId, Instant.now(), reportId, leader, "请补充数据"));
        kafka.send(new ReportSentForApproval(UUID.randomUUID(), assignmentId, Instant.now(), reportId, submitter));
        kafka.send(new ReportSubmitted(UUID.randomUUID(), assignmentId, Instant.now(), reportId, 1, submitter, leader));

        assertThat(single(OpenReview.class, assignmentId).reportVersion()).isEqualTo(1);
        assertThat(kafka.await(StageChanged.class, changed -> changed.assignmentId().equals(assignmentId), 6, PATIENCE))
                .extracting(StageChanged::stage).containsExactly(ReportStage.ASSIGNED, ReportStage.DRAFTING,
                        ReportStage.AWAITING_LEADER_APPROVAL, ReportStage.DRAFTING,
                        ReportStage.AWAITING_LEADER_APPROVAL, ReportStage.SUBMITTED);
        await().atMost(PATIENCE).until(() -> waitsAt(assignmentId, "Event_ReviewClaimed"));
    }

    @Test
    void aReviewOfAnotherVersionFindsNothingWaitingAndChangesNothing() {
        UUID assignmentId = UUID.randomUUID();
        Actor submitter = new Actor("u-1", "sifa-submitter", "周填报", "dept-submitter", "sifa");
        Actor leader = new Actor("u-2", "sifa-leader", "吴领导", "dept-leader", "sifa");
        Actor auditor = new Actor("u-3", "auditor", "郑审核", "auditor", null);
        kafka.send(TestAssignments.issued(assignmentId, "sifa"));
        single(OpenReport.class, assignmentId);
        ReportOpened opened = TestAssignments.opened(assignmentId, "sifa");
        kafka.send(opened);
        kafka.send(new DraftStarted(UUID.randomUUID(), assignmentId, Instant.now(), opened.reportId(), submitter));
        kafka.send(new ReportSentForApproval(UUID.randomUUID(), assignmentId, Instant.now(), opened.reportId(),
                submitter));
        kafka.send(new ReportSubmitted(UUID.randomUUID(), assignmentId, Instant.now(), opened.reportId(), 1, submitter,
                leader));
        single(OpenReview.class, assignmentId);
        UUID reviewId = UUID.randomUUID();
        kafka.send(new ReviewClaimed(UUID.randomUUID(), assignmentId, Instant.now(), reviewId, 1, auditor));
        awaitStage(assignmentId, ReportStage.UNDER_REVIEW);
        ReviewCompleted ofVersionTwo = new ReviewCompleted(UUID.randomUUID(), assignmentId, Instant.now(), reviewId, 2,
                ReviewDecision.RETURN, BigDecimal.ZERO, BigDecimal.TEN, List.of(), List.of(), auditor);

        kafka.send(ofVersionTwo);
        kafka.send(new ReviewCompleted(UUID.randomUUID(), assignmentId, Instant.now(), reviewId, 1,
                ReviewDecision.ACCEPT, new BigDecimal("7"), BigDecimal.TEN, List.of(), List.of(), auditor));

        assertThat(single(CloseReport.class, assignmentId).finalStage()).isEqualTo(ReportStage.CLOSED);
        assertThat(inboxHolds(ofVersionTwo.id())).isTrue();
        assertThat(single(ReportGraded.class, assignmentId).grade()).isEqualTo(Grade.PASS);
        assertThat(kafka.await(ReopenReport.class, reopen -> reopen.assignmentId().equals(assignmentId), 1,
                Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void aLateOrRepeatedFactIsSkippedWhileTheLifecycleWaitsForAnother() {
        UUID assignmentId = UUID.randomUUID();
        kafka.send(TestAssignments.issued(assignmentId, "sifa"));
        ReportOpened opened = TestAssignments.opened(assignmentId, "sifa");
        kafka.send(opened);
        await().atMost(PATIENCE).until(() -> waitsAt(assignmentId, AWAIT_DRAFTING));
        // The report was opened already; a second, different ReportOpened (a re-sent event) is late.
        ReportOpened again = new ReportOpened(UUID.randomUUID(), assignmentId, Instant.now(), UUID.randomUUID(), "sifa");

        kafka.send(again);

        await().atMost(PATIENCE).until(() -> inboxHolds(again.id()));
        assertThat(waitsAt(assignmentId, AWAIT_DRAFTING)).isTrue();
        assertThat(runtimeService.getVariable(lifecycle(assignmentId).getId(), "reportId"))
                .isEqualTo(opened.reportId().toString());
    }

    private <T extends SupervisionMessage> T single(Class<T> type, UUID assignmentId) {
        List<T> found = kafka.await(type, message -> message.assignmentId().equals(assignmentId), 1, PATIENCE);
        assertThat(found).as("%s of assignment %s", type.getSimpleName(), assignmentId).hasSize(1);
        return found.get(0);
    }

    private void awaitStage(UUID assignmentId, ReportStage stage) {
        awaitStage(assignmentId, stage, 1);
    }

    /** Waits for the {@code times}-th StageChanged to the stage (a stage the report comes back to). */
    private void awaitStage(UUID assignmentId, ReportStage stage, int times) {
        assertThat(kafka.await(StageChanged.class, changed -> changed.assignmentId().equals(assignmentId)
                && changed.stage() == stage, times, PATIENCE)).as("StageChanged to %s", stage).hasSize(times);
    }

    private boolean waitsAt(UUID assignmentId, String activityId) {
        return runtimeService.createExecutionQuery()
                .processInstanceBusinessKey(assignmentId.toString())
                .activityId(activityId)
                .count() == 1;
    }

    private ProcessInstance lifecycle(UUID assignmentId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessConstants.PROCESS_KEY)
                .processInstanceBusinessKey(assignmentId.toString())
                .singleResult();
    }

    /** Whether the lifecycle's listeners (the inbox's unnamed consumer) received the message; the timeline has its own row. */
    private boolean inboxHolds(UUID messageId) {
        return jdbc.sql("select count(*) from inbox_message where consumer = '' and message_id = ?").param(messageId)
                .query(Long.class).single() == 1;
    }

    private long outboxEntries(UUID assignmentId) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + assignmentId + "%")
                .query(Long.class).single();
    }
}
