package org.supervisionflow.workflows.lifecycle.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessTestEngine.published;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.AssignedIndicator;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.contracts.FindingSeverity;
import org.supervisionflow.contracts.Grade;
import org.supervisionflow.contracts.IndicatorRole;
import org.supervisionflow.contracts.MetricKind;
import org.supervisionflow.contracts.MetricSpec;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.ReturnReason;
import org.supervisionflow.contracts.ReviewDecision;
import org.supervisionflow.contracts.VerificationOutcome;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.command.CloseReport;
import org.supervisionflow.contracts.command.OpenRectification;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.contracts.command.OpenReview;
import org.supervisionflow.contracts.command.OpenVerification;
import org.supervisionflow.contracts.command.ReopenRectification;
import org.supervisionflow.contracts.command.ReopenReport;
import org.supervisionflow.contracts.review.FindingVerified;
import org.supervisionflow.contracts.review.ReviewClaimed;
import org.supervisionflow.contracts.review.ReviewCompleted;
import org.supervisionflow.contracts.submission.RectificationSubmitted;
import org.supervisionflow.contracts.submission.ReportApprovalRejected;
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.contracts.workflow.ReportGraded;
import org.supervisionflow.contracts.workflow.StageChanged;
import org.supervisionflow.workflows.lifecycle.GradingProperties;

@Deployment(resources = { PROCESS_RESOURCE, RECTIFICATION_PROCESS_RESOURCE, GRADE_DECISION_RESOURCE,
        DEADLINE_PROCESS_RESOURCE, WARNING_DECISION_RESOURCE })
class ReportLifecycleProcessTest {

    @RegisterExtension
    @Order(1)
    static final ProcessEngineExtension engine = ProcessTestEngine.extension();

    @RegisterExtension
    @Order(2)
    static final FlowNodeCoverage coverage = new FlowNodeCoverage(ProcessTestEngine.get(), PROCESS_RESOURCE, PROCESS_KEY);

    @RegisterExtension
    @Order(3)
    static final FlowNodeCoverage rectificationCoverage = new FlowNodeCoverage(ProcessTestEngine.get(),
            RECTIFICATION_PROCESS_RESOURCE, RECTIFICATION_PROCESS_KEY);

    private static final Actor SUBMITTER = new Actor("u-1", "minzheng-submitter", "王小明", "dept-submitter", "minzheng");
    private static final Actor LEADER = new Actor("u-2", "minzheng-leader", "李建国", "dept-leader", "minzheng");
    private static final Actor AUDITOR = new Actor("u-3", "auditor", "张审", "auditor", null);

    private final ProcessVariables variables = new ProcessVariables(ProcessTestEngine.OBJECT_MAPPER,
            GradingProperties.withDefaults());
    private final UUID assignmentId = UUID.randomUUID();
    private final UUID reportId = UUID.randomUUID();
    private final UUID reviewId = UUID.randomUUID();
    private final UUID indicatorId = UUID.randomUUID();
    private final AssignmentScope scope = new AssignmentScope(UUID.randomUUID(), "2025年度法治政府建设情况报告",
            "市法治办〔2026〕3号", CampaignKind.ANNUAL_REPORT, "2025", LocalDate.of(2026, 3, 31), "minzheng", "民政局",
            true, List.of(new AssignedIndicator(indicatorId, "4.2", "坚持严格规范公正文明执法",
                    "全面推行行政执法三项制度", "执法公示、全过程记录、重大执法决定法制审核", new BigDecimal("4"), IndicatorRole.LEAD,
                    List.of(new MetricSpec("legal-review-rate", "重大执法决定法制审核率", MetricKind.PERCENTAGE, "%")),
                    "制度文件、公示截图")));

    @BeforeEach
    void startFresh() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ProcessTestEngine.PUBLISHED.clear();
    }

    @Test
    void issuedAssignmentAnnouncesAssignedSendsOpenReportAndWaitsForDraftingOnceTheReportIsOpen() {
        ProcessInstance lifecycle = issue();
        assertThat(lifecycle).isStarted().isWaitingAt(TASK_PUBLISH_STAGE_ASSIGNED);
        assertThat(ProcessTestEngine.PUBLISHED).isEmpty();

        execute(job(lifecycle));
        assertThat(ProcessTestEngine.PUBLISHED).singleElement().isInstanceOfSatisfying(StageChanged.class, changed -> {
            assertThat(changed.assignmentId()).isEqualTo(assignmentId);
            assertThat(changed.departmentCode()).isEqualTo("minzheng");
            assertThat(changed.previousStage()).isNull();
            assertThat(changed.stage()).isEqualTo(ReportStage.ASSIGNED);
            assertThat(changed.occurredAt()).isEqualTo(ProcessTestEngine.NOW);
        });
        assertThat(lifecycle).isWaitingAt(TASK_SEND_OPEN_REPORT).variables().containsEntry(VAR_STAGE, "ASSIGNED");

        execute(job(lifecycle));
        assertThat(ProcessTestEngine.PUBLISHED).hasSize(2).last().isInstanceOfSatisfying(OpenReport.class, open -> {
            assertThat(open.assignmentId()).isEqualTo(assignmentId);
            assertThat(open.scope()).isEqualTo(scope);
        });
        assertThat(lifecycle).isWaitingAt(EVENT_REPORT_OPENED);

        correlate(MESSAGE_REPORT_OPENED, Variables.createVariables().putValue(VAR_REPORT_ID, reportId.toString()));

        assertThat(lifecycle).isWaitingAt(TASK_AWAIT_DRAFTING)
                .hasPassedInOrder(EVENT_ASSIGNMENT_ISSUED, TASK_PUBLISH_STAGE_ASSIGNED, TASK_SEND_OPEN_REPORT,
                        EVENT_REPORT_OPENED)
                .variables().containsEntry(VAR_REPORT_ID, reportId.toString()).containsEntry(VAR_STAGE, "ASSIGNED");
        assertThat(ProcessTestEngine.PUBLISHED).hasSize(2);
    }

    @Test
    void leaderRejectionSendsTheDraftBackToDraftingUntilTheLeaderApprovesAndTheReviewIsOpened() {
        ProcessInstance lifecycle = opened();

        correlate(MESSAGE_DRAFT_STARTED, Variables.createVariables());
        ProcessTestEngine.runAsyncJobs();
        assertThat(lifecycle).isWaitingAt(EVENT_REPORT_SENT_FOR_APPROVAL);
        correlate(MESSAGE_REPORT_SENT_FOR_APPROVAL, Variables.createVariables());
        ProcessTestEngine.runAsyncJobs();
        assertThat(lifecycle).isWaitingAt(GATEWAY_LEADER_DECISION);

        correlate(MESSAGE_REPORT_APPROVAL_REJECTED, variables.forApprovalRejected(new ReportApprovalRejected(
                UUID.randomUUID(), assignmentId, ProcessTestEngine.NOW, reportId, LEADER, "第一责任人部分需补充")));
        ProcessTestEngine.runAsyncJobs();
        assertThat(lifecycle).isWaitingAt(EVENT_REPORT_SENT_FOR_APPROVAL)
                .variables().containsEntry(VAR_APPROVAL_REJECTION_COMMENT, "第一责任人部分需补充");

        correlate(MESSAGE_REPORT_SENT_FOR_APPROVAL, Variables.createVariables());
        ProcessTestEngine.runAsyncJobs();
        correlate(MESSAGE_REPORT_SUBMITTED, variables.forSubmitted(submitted(1)));
        ProcessTestEngine.runAsyncJobs();

        assertThat(lifecycle).isWaitingAt(EVENT_REVIEW_CLAIMED)
                .hasPassed(EVENT_REPORT_APPROVAL_REJECTED, EVENT_REPORT_SUBMITTED, TASK_SEND_OPEN_REVIEW);
        assertThat(stages()).containsExactly(ReportStage.ASSIGNED, ReportStage.DRAFTING,
                ReportStage.AWAITING_LEADER_APPROVAL, ReportStage.DRAFTING, ReportStage.AWAITING_LEADER_APPROVAL,
                ReportStage.SUBMITTED);
        assertThat(published(OpenReview.class)).singleElement().isEqualTo(new OpenReview(
                published(OpenReview.class).get(0).id(), assignmentId, ProcessTestEngine.NOW, reportId, 1,
                scope.campaignId(), scope.campaignTitle(), "minzheng", "民政局"));
    }

    @Test
    void returnedReportIsReopenedWithTheReasonsAndGoesToReviewAgainAsTheNextVersion() {
        ProcessInstance lifecycle = underReview(1);
        List<ReturnReason> reasons = List.of(new ReturnReason(indicatorId, "未提供法制审核率的统计口径"),
                new ReturnReason(null, "缺少存在问题部分"));

        correlate(MESSAGE_REVIEW_COMPLETED, variables.forReviewCompleted(completed(1, ReviewDecision.RETURN, "40",
                reasons, List.of())));
        ProcessTestEngine.runAsyncJobs();

        assertThat(lifecycle).isWaitingAt(TASK_AWAIT_DRAFTING).hasNotPassed(TASK_GRADE_REPORT);
        assertThat(published(ReopenReport.class)).singleElement().satisfies(reopen -> {
            assertThat(reopen.reportId()).isEqualTo(reportId);
            assertThat(reopen.returnedVersion()).isEqualTo(1);
            assertThat(reopen.reasons()).isEqualTo(reasons);
        });
        assertThat(lastStageChanged().stage()).isEqualTo(ReportStage.RETURNED);
        ProcessInstance resubmissionWatch = runningWatch("REPORT_SUBMISSION");
        assertThat(resubmissionWatch).as("the returned report is due again on the campaign's due date, still ahead")
                .isWaitingAt(TIMER_DEADLINE_STEP).variables().containsEntry(VAR_DUE_DATE, "2026-03-31");
        assertThat(lifecycle).hasPassedInOrder(TASK_SEND_REOPEN_REPORT, TASK_START_RESUBMISSION_DEADLINE);

        correlate(MESSAGE_DRAFT_STARTED, Variables.createVariables());
        ProcessTestEngine.runAsyncJobs();
        correlate(MESSAGE_REPORT_SENT_FOR_APPROVAL, Variables.createVariables());
        ProcessTestEngine.runAsyncJobs();
        correlate(MESSAGE_REPORT_SUBMITTED, variables.forSubmitted(submitted(2)));
        ProcessTestEngine.runAsyncJobs();

        assertThat(lifecycle).isWaitingAt(EVENT_REVIEW_CLAIMED).variables().containsEntry(VAR_REPORT_VERSION, 2);
        assertThat(resubmissionWatch).as("the resubmission stops it").isEnded().hasPassed(EVENT_DEADLINE_MET);
        assertThat(published(OpenReview.class)).extracting(OpenReview::reportVersion).containsExactly(1, 2);
        assertThat(stages()).containsSubsequence(ReportStage.UNDER_REVIEW, ReportStage.RETURNED, ReportStage.DRAFTING,
                ReportStage.AWAITING_LEADER_APPROVAL, ReportStage.SUBMITTED);
        assertThat(published(ReportGraded.class)).isEmpty();
    }

    @Test
    void aReportReturnedAfterItsDueDateGetsFiveWorkingDaysToComeBack() {
        ProcessInstance lifecycle = underReview(1);
        // The due date (moved earlier by the office) has passed by the time of the return on Monday 2 March 2026.
        runtimeService().setVariable(lifecycle.getId(), VAR_REPORT_DUE_DATE, "2026-02-27");

        correlate(MESSAGE_REVIEW_COMPLETED, variables.forReviewCompleted(completed(1, ReviewDecision.RETURN, "40",
                List.of(new ReturnReason(null, "缺少存在问题部分")), List.of())));
        ProcessTestEngine.runAsyncJobs();

        assertThat(runningWatch("REPORT_SUBMISSION")).isWaitingAt(TIMER_DEADLINE_STEP)
                .variables().containsEntry(VAR_DUE_DATE, "2026-03-09");
    }

    @Test
    void acceptedReportWithoutFindingsIsGradedAcceptedAndClosed() {
        ProcessInstance lifecycle = underReview(1);

        correlate(MESSAGE_REVIEW_COMPLETED, variables.forReviewCompleted(completed(1, ReviewDecision.ACCEPT, "85.5",
                List.of(), List.of())));
        ProcessTestEngine.runAsyncJobs();

        assertThat(lifecycle).isEnded().hasPassedInOrder(GATEWAY_REVIEW_DECISION, TASK_GRADE_REPORT,
                TASK_PUBLISH_REPORT_GRADED, TASK_PUBLISH_STAGE_ACCEPTED, GATEWAY_FINDINGS, GATEWAY_JOIN_CLOSING,
                TASK_PUBLISH_STAGE_CLOSED, TASK_SEND_CLOSE_REPORT, EVENT_CLOSED)
                .hasNotPassed(CALL_ACTIVITY_RECTIFICATION, TASK_PUBLISH_STAGE_RECTIFYING);
        assertThat(published(ReportGraded.class)).singleElement().satisfies(graded -> {
            assertThat(graded.grade()).isEqualTo(Grade.GOOD);
            assertThat(graded.totalScore()).isEqualByComparingTo("85.5");
            assertThat(graded.maxScore()).isEqualByComparingTo("100");
            assertThat(graded.reportVersion()).isEqualTo(1);
            assertThat(graded.departmentCode()).isEqualTo("minzheng");
        });
        assertThat(stages()).endsWith(ReportStage.UNDER_REVIEW, ReportStage.ACCEPTED, ReportStage.CLOSED);
        assertThat(ProcessTestEngine.PUBLISHED).last().isInstanceOfSatisfying(CloseReport.class, close -> {
            assertThat(close.finalStage()).isEqualTo(ReportStage.CLOSED);
            assertThat(close.assignmentId()).isEqualTo(assignmentId);
        });
    }

    @Test
    void aVetoedReviewIsGradedFailEvenWithAFullScore() {
        ProcessInstance lifecycle = underReview(1);

        correlate(MESSAGE_REVIEW_COMPLETED, variables.forReviewCompleted(new ReviewCompleted(UUID.randomUUID(),
                assignmentId, ProcessTestEngine.NOW, reviewId, 1, ReviewDecision.ACCEPT, new BigDecimal("100"),
                new BigDecimal("100"), List.of(), List.of(), AUDITOR, true)));
        ProcessTestEngine.runAsyncJobs();

        assertThat(lifecycle).isEnded().hasPassedInOrder(TASK_GRADE_REPORT, TASK_PUBLISH_REPORT_GRADED, EVENT_CLOSED)
                .variables().containsEntry(VAR_VETOED, true).containsEntry(VAR_GRADE, "FAIL");
        assertThat(published(ReportGraded.class)).singleElement().satisfies(graded -> {
            assertThat(graded.grade()).isEqualTo(Grade.FAIL);
            assertThat(graded.totalScore()).isEqualByComparingTo("100");
            assertThat(graded.maxScore()).isEqualByComparingTo("100");
        });
    }

    @Test
    void aReleasedReviewWaitsForAnAuditorAgainAsSubmittedAndTheNextClaimMovesItUnderReview() {
        ProcessInstance lifecycle = underReview(1);
        ProcessInstance reviewWatch = runningWatch("REVIEW");

        correlate(MESSAGE_REVIEW_RELEASED, Variables.createVariables());
        ProcessTestEngine.runAsyncJobs();

        assertThat(lifecycle).isWaitingAt(EVENT_REVIEW_CLAIMED)
                .hasPassedInOrder(GATEWAY_REVIEW_OUTCOME, EVENT_REVIEW_RELEASED, TASK_PUBLISH_STAGE_RELEASED,
                        GATEWAY_JOIN_AWAIT_CLAIM)
                .variables().containsEntry(VAR_STAGE, "SUBMITTED");
        StageChanged released = lastStageChanged();
        assertThat(released.stage()).isEqualTo(ReportStage.SUBMITTED);
        assertThat(released.previousStage()).isEqualTo(ReportStage.UNDER_REVIEW);
        assertThat(reviewWatch).as("the review's time limit keeps running while nobody holds it").isActive();
        assertThat(published(OpenReview.class)).as("the same review is claimed again, not a new one").hasSize(1);

        correlate(MESSAGE_REVIEW_CLAIMED, variables.forReviewClaimed(new ReviewClaimed(UUID.randomUUID(), assignmentId,
                ProcessTestEngine.NOW, reviewId, 1, AUDITOR)));
        ProcessTestEngine.runAsyncJobs();
        assertThat(lifecycle).isWaitingAt(GATEWAY_REVIEW_OUTCOME);
        assertThat(stages()).endsWith(ReportStage.UNDER_REVIEW, ReportStage.SUBMITTED, ReportStage.UNDER_REVIEW);
    }

    @Test
    void twoFindingsAreRectifiedAtOnceAndARejectedAnswerIsAnsweredAgainUntilBothAreClosed() {
        ProcessInstance lifecycle = underReview(1);
        FindingNotice first = finding("整改〔2026〕1号", FindingSeverity.SERIOUS, "重大执法决定法制审核率未达100%");
        FindingNotice second = finding("整改〔2026〕2号", FindingSeverity.GENERAL, "行政执法公示不及时");

        correlate(MESSAGE_REVIEW_COMPLETED, variables.forReviewCompleted(completed(1,
                ReviewDecision.ACCEPT_WITH_FINDINGS, "92", List.of(), List.of(first, second))));
        ProcessTestEngine.runAsyncJobs();

        assertThat(lifecycle).isWaitingAt(CALL_ACTIVITY_RECTIFICATION);
        assertThat(published(ReportGraded.class)).singleElement().extracting(ReportGraded::grade)
                .isEqualTo(Grade.EXCELLENT);
        assertThat(published(OpenRectification.class)).extracting(OpenRectification::finding)
                .containsExactlyInAnyOrder(first, second);
        assertThat(published(OpenRectification.class)).extracting(OpenRectification::reportId).containsOnly(reportId);
        ProcessInstance firstRectification = rectification(first);
        ProcessInstance secondRectification = rectification(second);
        assertThat(firstRectification).isWaitingAt(EVENT_RECTIFICATION_SUBMITTED);
        assertThat(secondRectification).isWaitingAt(EVENT_RECTIFICATION_SUBMITTED)
                .variables().containsEntry(VAR_LIFECYCLE_ID, lifecycle.getId()).containsEntry(VAR_REPORT_ID,
                        reportId.toString());
        assertThat(secondRectification.getBusinessKey()).isEqualTo(assignmentId.toString());
        assertThat(lastStageChanged().stage()).isEqualTo(ReportStage.RECTIFYING);

        // The first answer alone leaves the report rectifying: the second finding still awaits its answer.
        UUID firstAnswer = UUID.randomUUID();
        correlateFinding(MESSAGE_RECTIFICATION_SUBMITTED, first,
                variables.forRectificationSubmitted(answered(first, firstAnswer, 1)));
        ProcessTestEngine.runAsyncJobs();
        assertThat(firstRectification).isWaitingAt(EVENT_FINDING_VERIFIED);
        assertThat(lastStageChanged().stage()).isEqualTo(ReportStage.RECTIFYING);

        UUID secondAnswer = UUID.randomUUID();
        correlateFinding(MESSAGE_RECTIFICATION_SUBMITTED, second,
                variables.forRectificationSubmitted(answered(second, secondAnswer, 1)));
        ProcessTestEngine.runAsyncJobs();
        assertThat(lastStageChanged().stage()).isEqualTo(ReportStage.VERIFYING);
        assertThat(published(OpenVerification.class)).extracting(OpenVerification::findingId, OpenVerification::answerId)
                .containsExactly(tuple(first.findingId(), firstAnswer), tuple(second.findingId(), secondAnswer));

        correlateFinding(MESSAGE_FINDING_VERIFIED, first, variables.forFindingVerified(
                verified(first, firstAnswer, VerificationOutcome.REJECTED, "整改措施缺少佐证材料")));
        ProcessTestEngine.runAsyncJobs();
        assertThat(firstRectification).isWaitingAt(EVENT_RECTIFICATION_SUBMITTED);
        assertThat(published(ReopenRectification.class)).singleElement().satisfies(reopen -> {
            assertThat(reopen.findingId()).isEqualTo(first.findingId());
            assertThat(reopen.rejectedAnswerId()).isEqualTo(firstAnswer);
            assertThat(reopen.reason()).isEqualTo("整改措施缺少佐证材料");
        });
        assertThat(lastStageChanged().stage()).isEqualTo(ReportStage.RECTIFYING);

        correlateFinding(MESSAGE_FINDING_VERIFIED, second,
                variables.forFindingVerified(verified(second, secondAnswer, VerificationOutcome.CLOSED, null)));
        ProcessTestEngine.runAsyncJobs();
        assertThat(secondRectification).isEnded().hasPassed(EVENT_FINDING_CLOSED);
        assertThat(lifecycle).isWaitingAt(CALL_ACTIVITY_RECTIFICATION);

        UUID secondTry = UUID.randomUUID();
        correlateFinding(MESSAGE_RECTIFICATION_SUBMITTED, first,
                variables.forRectificationSubmitted(answered(first, secondTry, 2)));
        ProcessTestEngine.runAsyncJobs();
        assertThat(published(OpenVerification.class)).last().satisfies(open -> {
            assertThat(open.answerId()).isEqualTo(secondTry);
            assertThat(open.answerVersion()).isEqualTo(2);
        });
        correlateFinding(MESSAGE_FINDING_VERIFIED, first,
                variables.forFindingVerified(verified(first, secondTry, VerificationOutcome.CLOSED, null)));
        ProcessTestEngine.runAsyncJobs();

        assertThat(lifecycle).isEnded().hasPassedInOrder(CALL_ACTIVITY_RECTIFICATION, TASK_PUBLISH_STAGE_CLOSED,
                EVENT_CLOSED);
        assertThat(firstRectification).isEnded().hasPassedInOrder(TASK_PUBLISH_FINDING_RECTIFYING,
                TASK_SEND_REOPEN_RECTIFICATION, EVENT_FINDING_CLOSED);
        assertThat(stages()).containsExactly(ReportStage.ASSIGNED, ReportStage.DRAFTING,
                ReportStage.AWAITING_LEADER_APPROVAL, ReportStage.SUBMITTED, ReportStage.UNDER_REVIEW,
                ReportStage.ACCEPTED, ReportStage.RECTIFYING, ReportStage.RECTIFICATION_SUBMITTED,
                ReportStage.VERIFYING, ReportStage.RECTIFYING, ReportStage.RECTIFICATION_SUBMITTED,
                ReportStage.VERIFYING, ReportStage.CLOSED);
        assertThat(published(StageChanged.class)).allSatisfy(changed -> assertThat(changed.previousStage())
                .isEqualTo(stageBefore(changed)));
        assertThat(ProcessTestEngine.PUBLISHED).last().isInstanceOfSatisfying(CloseReport.class,
                close -> assertThat(close.finalStage()).isEqualTo(ReportStage.CLOSED));
    }

    @Test
    void withdrawalDuringRectificationEndsTheRectificationsAndClosesTheReportAsWithdrawn() {
        ProcessInstance lifecycle = underReview(1);
        FindingNotice only = finding("整改〔2026〕3号", FindingSeverity.SEVERE, "未落实行政机关负责人出庭应诉");
        correlate(MESSAGE_REVIEW_COMPLETED, variables.forReviewCompleted(completed(1,
                ReviewDecision.ACCEPT_WITH_FINDINGS, "55", List.of(), List.of(only))));
        ProcessTestEngine.runAsyncJobs();
        ProcessInstance rectification = rectification(only);
        assertThat(rectification).isWaitingAt(EVENT_RECTIFICATION_SUBMITTED);
        assertThat(published(ReportGraded.class)).singleElement().extracting(ReportGraded::grade).isEqualTo(Grade.FAIL);

        correlate(MESSAGE_ASSIGNMENT_WITHDRAWN, Variables.createVariables().putValue(VAR_WITHDRAWAL_REASON, "督察任务取消"));
        ProcessTestEngine.runAsyncJobs();

        assertThat(lifecycle).isEnded().hasPassed(SUB_PROCESS_WITHDRAWAL, TASK_SEND_CLOSE_REPORT_WITHDRAWN, EVENT_WITHDRAWN)
                .hasNotPassed(TASK_PUBLISH_STAGE_CLOSED);
        assertThat(rectification).isEnded().hasNotPassed(EVENT_FINDING_CLOSED);
        assertThat(watches()).as("the finding's deadline watch stopped with the lifecycle").isNotEmpty()
                .allSatisfy(watch -> assertThat(watch.getEndTime()).isNotNull());
        assertThat(lastStageChanged().previousStage()).isEqualTo(ReportStage.RECTIFYING);
        assertThat(lastStageChanged().stage()).isEqualTo(ReportStage.WITHDRAWN);
        assertThat(ProcessTestEngine.PUBLISHED).last().isInstanceOfSatisfying(CloseReport.class, close -> {
            assertThat(close.finalStage()).isEqualTo(ReportStage.WITHDRAWN);
            assertThat(close.reason()).isEqualTo("督察任务取消");
        });
    }

    @Test
    void withdrawalWhileWaitingForTheReportAnnouncesWithdrawnAndEnds() {
        ProcessInstance lifecycle = issue();
        execute(job(lifecycle));
        execute(job(lifecycle));
        assertThat(lifecycle).isWaitingAt(EVENT_REPORT_OPENED);

        correlate(MESSAGE_ASSIGNMENT_WITHDRAWN, Variables.createVariables().putValue(VAR_WITHDRAWAL_REASON, "督察任务取消"));

        assertThat(lifecycle).isWaitingAt(TASK_PUBLISH_STAGE_WITHDRAWN);
        execute(job(lifecycle));
        execute(job(lifecycle));
        assertThat(lifecycle).isEnded()
                .hasPassedInOrder(EVENT_ASSIGNMENT_WITHDRAWN, TASK_PUBLISH_STAGE_WITHDRAWN,
                        TASK_SEND_CLOSE_REPORT_WITHDRAWN, EVENT_WITHDRAWN)
                .hasNotPassed(TASK_AWAIT_DRAFTING);
        assertThat(ProcessTestEngine.PUBLISHED).hasSize(4);
        assertThat(lastStageChanged()).isEqualTo(new StageChanged(lastStageChanged().id(), assignmentId,
                ProcessTestEngine.NOW, "minzheng", ReportStage.ASSIGNED, ReportStage.WITHDRAWN));
        assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(lifecycle.getId()).count()).isZero();
    }

    @Test
    void withdrawalWhileDraftingAnnouncesWithdrawnAndClosesTheReport() {
        ProcessInstance lifecycle = opened();
        correlate(MESSAGE_DRAFT_STARTED, Variables.createVariables());
        ProcessTestEngine.runAsyncJobs();
        assertThat(lifecycle).isWaitingAt(EVENT_REPORT_SENT_FOR_APPROVAL);

        correlate(MESSAGE_ASSIGNMENT_WITHDRAWN, Variables.createVariables().putValue(VAR_WITHDRAWAL_REASON, "督察任务取消"));
        ProcessTestEngine.runAsyncJobs();

        assertThat(lifecycle).isEnded().hasPassed(SUB_PROCESS_WITHDRAWAL, EVENT_WITHDRAWN)
                .variables().containsEntry(VAR_STAGE, "WITHDRAWN").containsEntry(VAR_WITHDRAWAL_REASON, "督察任务取消");
        assertThat(lastStageChanged().previousStage()).isEqualTo(ReportStage.DRAFTING);
        assertThat(lastStageChanged().stage()).isEqualTo(ReportStage.WITHDRAWN);
        assertThat(ProcessTestEngine.PUBLISHED).last().isInstanceOfSatisfying(CloseReport.class,
                close -> assertThat(close.finalStage()).isEqualTo(ReportStage.WITHDRAWN));
    }

    @Test
    void withdrawalBeforeAssignedWasAnnouncedAnnouncesWithdrawnWithoutPreviousStageAndClosesTheReport() {
        ProcessInstance lifecycle = issue();
        assertThat(lifecycle).isWaitingAt(TASK_PUBLISH_STAGE_ASSIGNED);

        correlate(MESSAGE_ASSIGNMENT_WITHDRAWN, Variables.createVariables().putValue(VAR_WITHDRAWAL_REASON, "督察任务取消"));
        ProcessTestEngine.runAsyncJobs();

        assertThat(lifecycle).isEnded().hasNotPassed(TASK_PUBLISH_STAGE_ASSIGNED, TASK_SEND_OPEN_REPORT);
        // The report may be opening already (OpenReport can be on its way), so it is closed in any case.
        assertThat(ProcessTestEngine.PUBLISHED).hasSize(2);
        assertThat(ProcessTestEngine.PUBLISHED.get(0)).isInstanceOfSatisfying(StageChanged.class, changed -> {
            assertThat(changed.previousStage()).isNull();
            assertThat(changed.stage()).isEqualTo(ReportStage.WITHDRAWN);
        });
        assertThat(ProcessTestEngine.PUBLISHED.get(1)).isInstanceOf(CloseReport.class);
    }

    @Test
    void anAcceptanceWithFindingsThatListsNoneIsGradedAndClosedWithoutRectification() {
        ProcessInstance lifecycle = underReview(1);

        correlate(MESSAGE_REVIEW_COMPLETED, variables.forReviewCompleted(completed(1,
                ReviewDecision.ACCEPT_WITH_FINDINGS, "91", List.of(), List.of())));
        ProcessTestEngine.runAsyncJobs();

        assertThat(lifecycle).isEnded().hasPassed(TASK_GRADE_REPORT, GATEWAY_FINDINGS, EVENT_CLOSED)
                .hasNotPassed(TASK_PUBLISH_STAGE_RECTIFYING, CALL_ACTIVITY_RECTIFICATION);
        assertThat(published(ReportGraded.class)).singleElement().extracting(ReportGraded::grade)
                .isEqualTo(Grade.EXCELLENT);
        assertThat(stages()).endsWith(ReportStage.UNDER_REVIEW, ReportStage.ACCEPTED, ReportStage.CLOSED);
        assertThat(published(CloseReport.class)).singleElement()
                .satisfies(close -> assertThat(close.finalStage()).isEqualTo(ReportStage.CLOSED));
    }

    @Test
    void eachDeadlineIsWatchedWhileItsWorkIsOpenAndStopsWhenTheWorkIsDone() {
        ProcessInstance lifecycle = opened();
        ProcessInstance reportWatch = runningWatch("REPORT_SUBMISSION");
        assertThat(reportWatch).isWaitingAt(TIMER_DEADLINE_STEP).variables()
                .containsEntry(VAR_DUE_DATE, "2026-03-31").containsEntry(VAR_DEPARTMENT_CODE, "minzheng")
                .containsEntry(VAR_CAMPAIGN_KIND, "ANNUAL_REPORT").containsEntry(VAR_FINDING_SEVERITY, "NONE");
        assertThat(reportWatch.getBusinessKey()).isEqualTo(assignmentId.toString());

        correlate(MESSAGE_DRAFT_STARTED, Variables.createVariables());
        ProcessTestEngine.runAsyncJobs();
        correlate(MESSAGE_REPORT_SENT_FOR_APPROVAL, Variables.createVariables());
        ProcessTestEngine.runAsyncJobs();
        correlate(MESSAGE_REPORT_SUBMITTED, variables.forSubmitted(submitted(1)));
        ProcessTestEngine.runAsyncJobs();

        assertThat(reportWatch).isEnded().hasPassed(EVENT_DEADLINE_MET, EVENT_DEADLINE_STOPPED);
        ProcessInstance reviewWatch = runningWatch("REVIEW");
        // Ten working days from Monday 2 March 2026.
        assertThat(reviewWatch).variables().containsEntry(VAR_DUE_DATE, "2026-03-16");

        correlate(MESSAGE_REVIEW_CLAIMED, variables.forReviewClaimed(new ReviewClaimed(UUID.randomUUID(), assignmentId,
                ProcessTestEngine.NOW, reviewId, 1, AUDITOR)));
        ProcessTestEngine.runAsyncJobs();
        FindingNotice only = finding("整改〔2026〕5号", FindingSeverity.SEVERE, "执法全过程记录不全");
        correlate(MESSAGE_REVIEW_COMPLETED, variables.forReviewCompleted(completed(1,
                ReviewDecision.ACCEPT_WITH_FINDINGS, "75", List.of(), List.of(only))));
        ProcessTestEngine.runAsyncJobs();

        assertThat(reviewWatch).isEnded().hasPassed(EVENT_DEADLINE_MET);
        ProcessInstance findingWatch = runningWatch("RECTIFICATION");
        assertThat(findingWatch).variables().containsEntry(VAR_DUE_DATE, "2026-06-30")
                .containsEntry(VAR_FINDING_ID, only.findingId().toString()).containsEntry(VAR_FINDING_SEVERITY, "SEVERE");

        UUID answerId = UUID.randomUUID();
        correlateFinding(MESSAGE_RECTIFICATION_SUBMITTED, only,
                variables.forRectificationSubmitted(answered(only, answerId, 1)));
        ProcessTestEngine.runAsyncJobs();
        assertThat(findingWatch).isEnded();
        assertThat(watches()).allSatisfy(watch -> assertThat(watch.getEndTime()).isNotNull());

        correlateFinding(MESSAGE_FINDING_VERIFIED, only, variables.forFindingVerified(
                verified(only, answerId, VerificationOutcome.REJECTED, "佐证材料不足")));
        ProcessTestEngine.runAsyncJobs();
        assertThat(runningWatch("RECTIFICATION")).as("a rejected answer: the finding is due again")
                .isWaitingAt(TIMER_DEADLINE_STEP).variables().containsEntry(VAR_DUE_DATE, "2026-06-30");
        assertThat(lifecycle).isActive();
    }

    @Test
    void aStepThatKeepsFailingBecomesAnIncidentAndContinuesOnceRetried() {
        ProcessInstance lifecycle = opened();
        correlate(MESSAGE_DRAFT_STARTED, Variables.createVariables());
        ProcessTestEngine.runAsyncJobs();
        correlate(MESSAGE_REPORT_SENT_FOR_APPROVAL, Variables.createVariables());
        ProcessTestEngine.runAsyncJobs();
        correlate(MESSAGE_REPORT_SUBMITTED, variables.forSubmitted(submitted(1)));
        execute(job(lifecycle));
        assertThat(lifecycle).isWaitingAt(TASK_SEND_OPEN_REVIEW);
        TypedValue scopeValue = runtimeService().getVariableTyped(lifecycle.getId(), VAR_SCOPE, false);
        // Without its scope the command cannot be built: the job fails on every attempt.
        runtimeService().removeVariable(lifecycle.getId(), VAR_SCOPE);
        Job sendOpenReview = job(lifecycle);

        // The retry cycle R5/PT1M: five attempts (the job executor would wait a minute between them).
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(runtimeService().createIncidentQuery().processInstanceId(lifecycle.getId()).count()).isZero();
            try {
                managementService().executeJob(sendOpenReview.getId());
            } catch (RuntimeException expected) {
                // The job executor records a failure the same way; here it is thrown to the caller as well.
            }
        }

        Incident incident = runtimeService().createIncidentQuery().processInstanceId(lifecycle.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(TASK_SEND_OPEN_REVIEW);
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(lifecycle).isWaitingAt(TASK_SEND_OPEN_REVIEW);
        assertThat(published(OpenReview.class)).isEmpty();

        runtimeService().setVariable(lifecycle.getId(), VAR_SCOPE, scopeValue);
        managementService().setJobRetries(sendOpenReview.getId(), 1);
        ProcessTestEngine.runAsyncJobs();

        assertThat(lifecycle).isWaitingAt(EVENT_REVIEW_CLAIMED);
        assertThat(published(OpenReview.class)).hasSize(1);
        assertThat(runtimeService().createIncidentQuery().processInstanceId(lifecycle.getId()).count()).isZero();
    }

    private ProcessInstance issue() {
        AssignmentIssued issued = new AssignmentIssued(UUID.randomUUID(), assignmentId, ProcessTestEngine.NOW, scope);
        return runtimeService().createMessageCorrelation(MESSAGE_ASSIGNMENT_ISSUED)
                .processInstanceBusinessKey(assignmentId.toString())
                .setVariables(variables.forStart(issued))
                .correlateStartMessage();
    }

    /** Issued, announced, OpenReport sent and the report opened: waiting for the first draft. */
    private ProcessInstance opened() {
        ProcessInstance lifecycle = issue();
        ProcessTestEngine.runAsyncJobs();
        correlate(MESSAGE_REPORT_OPENED, Variables.createVariables().putValue(VAR_REPORT_ID, reportId.toString()));
        assertThat(lifecycle).isWaitingAt(TASK_AWAIT_DRAFTING);
        return lifecycle;
    }

    /** Drafted, approved by the leader at once, submitted as the given version and claimed by an auditor. */
    private ProcessInstance underReview(int version) {
        ProcessInstance lifecycle = opened();
        correlate(MESSAGE_DRAFT_STARTED, Variables.createVariables());
        ProcessTestEngine.runAsyncJobs();
        correlate(MESSAGE_REPORT_SENT_FOR_APPROVAL, Variables.createVariables());
        ProcessTestEngine.runAsyncJobs();
        correlate(MESSAGE_REPORT_SUBMITTED, variables.forSubmitted(submitted(version)));
        ProcessTestEngine.runAsyncJobs();
        correlate(MESSAGE_REVIEW_CLAIMED, variables.forReviewClaimed(new ReviewClaimed(UUID.randomUUID(), assignmentId,
                ProcessTestEngine.NOW, reviewId, version, AUDITOR)));
        ProcessTestEngine.runAsyncJobs();
        assertThat(lifecycle).isWaitingAt(GATEWAY_REVIEW_OUTCOME);
        assertThat(lastStageChanged().stage()).isEqualTo(ReportStage.UNDER_REVIEW);
        return lifecycle;
    }

    private ReportSubmitted submitted(int version) {
        return new ReportSubmitted(UUID.randomUUID(), assignmentId, ProcessTestEngine.NOW, reportId, version, SUBMITTER,
                LEADER);
    }

    private ReviewCompleted completed(int version, ReviewDecision decision, String total, List<ReturnReason> reasons,
            List<FindingNotice> findings) {
        return new ReviewCompleted(UUID.randomUUID(), assignmentId, ProcessTestEngine.NOW, reviewId, version, decision,
                new BigDecimal(total), new BigDecimal("100"), reasons, findings, AUDITOR);
    }

    private FindingNotice finding(String noticeNumber, FindingSeverity severity, String description) {
        return new FindingNotice(UUID.randomUUID(), noticeNumber, indicatorId, severity, description, "限期整改并报送佐证材料",
                LocalDate.of(2026, 6, 30));
    }

    private RectificationSubmitted answered(FindingNotice finding, UUID answerId, int answerVersion) {
        return new RectificationSubmitted(UUID.randomUUID(), assignmentId, ProcessTestEngine.NOW, reportId,
                finding.findingId(), answerId, answerVersion, SUBMITTER, LEADER);
    }

    private FindingVerified verified(FindingNotice finding, UUID answerId, VerificationOutcome outcome, String reason) {
        return new FindingVerified(UUID.randomUUID(), assignmentId, ProcessTestEngine.NOW, finding.findingId(), answerId,
                outcome, reason, AUDITOR);
    }

    private void correlate(String messageName, VariableMap messageVariables) {
        runtimeService().createMessageCorrelation(messageName)
                .processInstanceBusinessKey(assignmentId.toString())
                .setVariables(messageVariables)
                .correlateWithResult();
    }

    /** As the adapter does it: by business key and the finding's id. */
    private void correlateFinding(String messageName, FindingNotice finding, VariableMap messageVariables) {
        runtimeService().createMessageCorrelation(messageName)
                .processInstanceBusinessKey(assignmentId.toString())
                .processInstanceVariableEquals(VAR_FINDING_ID, finding.findingId().toString())
                .setVariables(messageVariables)
                .correlateWithResult();
    }

    /** The running rectification of a finding. */
    private ProcessInstance rectification(FindingNotice finding) {
        return runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(RECTIFICATION_PROCESS_KEY)
                .variableValueEquals(VAR_FINDING_ID, finding.findingId().toString())
                .singleResult();
    }

    /** This assignment's deadline watches, running or ended. */
    private List<HistoricProcessInstance> watches() {
        return historyService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(DEADLINE_PROCESS_KEY)
                .processInstanceBusinessKey(assignmentId.toString())
                .list();
    }

    private ProcessInstance runningWatch(String deadlineKind) {
        return runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(DEADLINE_PROCESS_KEY)
                .processInstanceBusinessKey(assignmentId.toString())
                .variableValueEquals(VAR_DEADLINE_KIND, deadlineKind)
                .singleResult();
    }

    private List<ReportStage> stages() {
        return published(StageChanged.class).stream().map(StageChanged::stage).toList();
    }

    private ReportStage stageBefore(StageChanged changed) {
        List<StageChanged> all = published(StageChanged.class);
        int index = all.indexOf(changed);
        return index == 0 ? null : all.get(index - 1).stage();
    }

    private StageChanged lastStageChanged() {
        return published(StageChanged.class).getLast();
    }
}
