package org.supervisionflow.workflows.lifecycle.engine;

import java.time.ZoneId;

/**
 * The names {@code bpmn/report-lifecycle.bpmn}, {@code bpmn/rectification.bpmn}, {@code dmn/grade.dmn} and the Java
 * code share: processes, decision, messages, variables, ids.
 */
public final class ProcessConstants {

    public static final String PROCESS_KEY = "ReportLifecycleProcess";
    public static final String PROCESS_RESOURCE = "bpmn/report-lifecycle.bpmn";
    public static final String RECTIFICATION_PROCESS_KEY = "RectificationProcess";
    public static final String RECTIFICATION_PROCESS_RESOURCE = "bpmn/rectification.bpmn";
    public static final String GRADE_DECISION_KEY = "Decision_Grade";
    public static final String GRADE_DECISION_RESOURCE = "dmn/grade.dmn";
    public static final String DEADLINE_PROCESS_KEY = "DeadlineProcess";
    public static final String DEADLINE_PROCESS_RESOURCE = "bpmn/deadline.bpmn";
    public static final String WARNING_DECISION_KEY = "Decision_WarningLevel";
    public static final String WARNING_DECISION_RESOURCE = "dmn/warning-level.dmn";
    /** The zone deadlines are counted in: a day ends at midnight in Beijing. */
    public static final ZoneId DEADLINE_ZONE = ZoneId.of("Asia/Shanghai");

    /** Message names, equal to the event records they stand for. */
    public static final String MESSAGE_ASSIGNMENT_ISSUED = "AssignmentIssued";
    public static final String MESSAGE_REPORT_OPENED = "ReportOpened";
    public static final String MESSAGE_ASSIGNMENT_WITHDRAWN = "AssignmentWithdrawn";
    public static final String MESSAGE_DRAFT_STARTED = "DraftStarted";
    public static final String MESSAGE_REPORT_SENT_FOR_APPROVAL = "ReportSentForApproval";
    public static final String MESSAGE_REPORT_APPROVAL_REJECTED = "ReportApprovalRejected";
    public static final String MESSAGE_REPORT_SUBMITTED = "ReportSubmitted";
    public static final String MESSAGE_REVIEW_CLAIMED = "ReviewClaimed";
    public static final String MESSAGE_REVIEW_RELEASED = "ReviewReleased";
    public static final String MESSAGE_REVIEW_COMPLETED = "ReviewCompleted";
    public static final String MESSAGE_RECTIFICATION_SUBMITTED = "RectificationSubmitted";
    public static final String MESSAGE_FINDING_VERIFIED = "FindingVerified";
    /** To a deadline's watch: its due date moved (an extension, or the office moved the campaign's due date). */
    public static final String MESSAGE_DEADLINE_MOVED = "DeadlineMoved";
    /** To a deadline's watch: the work is done (or the lifecycle ends), stop its timers. */
    public static final String MESSAGE_DEADLINE_MET = "DeadlineMet";

    /** Process variables of the lifecycle. The business key is the assignment id as well. */
    public static final String VAR_ASSIGNMENT_ID = "assignmentId";
    public static final String VAR_DEPARTMENT_CODE = "departmentCode";
    public static final String VAR_SCOPE = "scope";
    public static final String VAR_STAGE = "stage";
    public static final String VAR_REPORT_ID = "reportId";
    public static final String VAR_WITHDRAWAL_REASON = "withdrawalReason";
    /** The submitted version under review, from {@code ReportSubmitted}. */
    public static final String VAR_REPORT_VERSION = "reportVersion";
    public static final String VAR_APPROVAL_REJECTION_COMMENT = "approvalRejectionComment";
    public static final String VAR_REVIEW_ID = "reviewId";
    /** The {@code ReviewDecision} name, which {@code Gateway_ReviewDecision} and {@code Gateway_Findings} test. */
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    /** Scores as decimal strings, so that {@code ReportGraded} carries them exactly as the auditor gave them. */
    public static final String VAR_TOTAL_SCORE = "totalScore";
    public static final String VAR_MAX_SCORE = "maxScore";
    /** Total score as a percentage of the maximum (a double): the grade table's input. */
    public static final String VAR_SCORE_PERCENTAGE = "scorePercentage";
    /** Whether a scoring rule's veto (一票否决) applied (a boolean): the grade table then answers 不合格 at once. */
    public static final String VAR_VETOED = "vetoed";
    /** The grade table's lower bounds in percent; the lifecycle starts with the campaign's (or the defaults). */
    public static final String VAR_GRADE_EXCELLENT_FROM = "gradeExcellentFrom";
    public static final String VAR_GRADE_GOOD_FROM = "gradeGoodFrom";
    public static final String VAR_GRADE_PASS_FROM = "gradePassFrom";
    /** The {@code Grade} name the table decided. */
    public static final String VAR_GRADE = "grade";
    /** JSON object variables: the return reasons and the findings of the last review. */
    public static final String VAR_RETURN_REASONS = "returnReasons";
    public static final String VAR_FINDINGS = "findings";
    /** Input parameter of each stage-publishing task: the stage it announces. */
    public static final String VAR_TARGET_STAGE = "targetStage";
    /** Input parameter of the closing tasks: {@code CLOSED} or {@code WITHDRAWN}. */
    public static final String VAR_FINAL_STAGE = "finalStage";

    /** Process variables of one rectification (one finding). */
    public static final String VAR_FINDING_ID = "findingId";
    /** The process instance id of the lifecycle that called the rectification. */
    public static final String VAR_LIFECYCLE_ID = "lifecycleId";
    /** Where this finding stands: RECTIFYING, RECTIFICATION_SUBMITTED or VERIFYING (a {@code ReportStage} name). */
    public static final String VAR_FINDING_STAGE = "findingStage";
    public static final String VAR_ANSWER_ID = "answerId";
    public static final String VAR_ANSWER_VERSION = "answerVersion";
    public static final String VAR_VERIFICATION_OUTCOME = "verificationOutcome";
    public static final String VAR_VERIFICATION_REASON = "verificationReason";

    /** The report's due date (ISO date) once an extension or the office moved it; else the scope's. */
    public static final String VAR_REPORT_DUE_DATE = "reportDueDate";
    /** A finding's rectification deadline (ISO date) once an extension moved it; else the notice's. */
    public static final String VAR_FINDING_DEADLINE = "findingDeadline";

    /**
     * Process variables of one deadline's watch ({@value #DEADLINE_PROCESS_KEY}); {@code deadlineKind} is also the
     * input parameter of the start and stop tasks that name which deadline (none on a stop task: every one).
     */
    public static final String VAR_DEADLINE_KIND = "deadlineKind";
    /** Input parameter ("true") of the start task that watches a returned report's resubmission. */
    public static final String VAR_RESUBMISSION = "resubmission";
    public static final String VAR_DUE_DATE = "dueDate";
    public static final String VAR_CAMPAIGN_KIND = "campaignKind";
    /** The finding's {@code FindingSeverity} name, {@code NONE} for the report's and the review's deadlines. */
    public static final String VAR_FINDING_SEVERITY = "findingSeverity";
    /** The reminder ladder: working days before the due date, e.g. {@code [3, 1, 0]} (JSON). */
    public static final String VAR_REMINDER_DAYS = "reminderWorkingDaysBefore";
    public static final String VAR_YELLOW_AFTER = "yellowWarningAfterWorkingDays";
    public static final String VAR_RED_AFTER = "redWarningAfterWorkingDays";
    /** The steps still ahead (JSON): each a kind, an instant and a count of working days. */
    public static final String VAR_DEADLINE_STEPS = "deadlineSteps";
    /** The next step: {@code REMINDER}, {@code MISSED}, {@code CHECK}, or {@code NONE} when the ladder is done. */
    public static final String VAR_STEP_KIND = "deadlineStepKind";
    /** When the next step's timer fires (ISO date-time with offset), the timer's {@code timeDate}. */
    public static final String VAR_STEP_AT = "deadlineStepAt";
    /** Working days before the due date (a reminder) or after it (a check). */
    public static final String VAR_STEP_WORKING_DAYS = "deadlineStepWorkingDays";
    /** Inputs of the warning table. */
    public static final String VAR_WORKING_DAYS_OVERDUE = "workingDaysOverdue";
    public static final String VAR_WARNINGS_SO_FAR = "warningsSoFar";
    /** Outputs of the warning table: a {@code WarningLevel} and an {@code EscalationTarget} name, or null. */
    public static final String VAR_WARNING_LEVEL = "warningLevel";
    public static final String VAR_ESCALATION_TARGET = "escalationTarget";
    /** Input parameter of the publishing task of a watch: which event it publishes. */
    public static final String VAR_DEADLINE_EVENT = "deadlineEvent";

    /** Delegate bean names, as the BPMN's {@code ${delegateExpression}}s name them. */
    public static final String DELEGATE_PUBLISH_STAGE_CHANGED = "publishStageChanged";
    public static final String DELEGATE_SEND_OPEN_REPORT = "sendOpenReport";
    public static final String DELEGATE_SEND_OPEN_REVIEW = "sendOpenReview";
    public static final String DELEGATE_SEND_REOPEN_REPORT = "sendReopenReport";
    public static final String DELEGATE_SEND_CLOSE_REPORT = "sendCloseReport";
    public static final String DELEGATE_PUBLISH_REPORT_GRADED = "publishReportGraded";
    public static final String DELEGATE_SEND_OPEN_RECTIFICATION = "sendOpenRectification";
    public static final String DELEGATE_SEND_OPEN_VERIFICATION = "sendOpenVerification";
    public static final String DELEGATE_SEND_REOPEN_RECTIFICATION = "sendReopenRectification";
    public static final String DELEGATE_PUBLISH_RECTIFICATION_STAGE = "publishRectificationStage";
    public static final String DELEGATE_START_DEADLINE = "startDeadline";
    public static final String DELEGATE_STOP_DEADLINE = "stopDeadline";
    public static final String DELEGATE_PLAN_DEADLINE = "planDeadline";
    public static final String DELEGATE_NEXT_DEADLINE_STEP = "nextDeadlineStep";
    public static final String DELEGATE_PUBLISH_DEADLINE_EVENT = "publishDeadlineEvent";
    public static final String DELEGATE_DECIDE_WARNING = "decideWarning";
    /** Bean the call activity's collection expression asks for the finding ids. */
    public static final String BEAN_FINDINGS = "lifecycleFindings";

    /** Activity ids of the lifecycle. */
    public static final String EVENT_ASSIGNMENT_ISSUED = "Event_AssignmentIssued";
    public static final String TASK_PUBLISH_STAGE_ASSIGNED = "Task_PublishStageAssigned";
    public static final String TASK_SEND_OPEN_REPORT = "Task_SendOpenReport";
    public static final String EVENT_REPORT_OPENED = "Event_ReportOpened";
    public static final String GATEWAY_JOIN_AWAIT_DRAFTING = "Gateway_JoinAwaitDrafting";
    public static final String TASK_AWAIT_DRAFTING = "Task_AwaitDrafting";
    public static final String GATEWAY_JOIN_DRAFTING = "Gateway_JoinDrafting";
    public static final String TASK_PUBLISH_STAGE_DRAFTING = "Task_PublishStageDrafting";
    public static final String EVENT_REPORT_SENT_FOR_APPROVAL = "Event_ReportSentForApproval";
    public static final String TASK_PUBLISH_STAGE_AWAITING_APPROVAL = "Task_PublishStageAwaitingApproval";
    public static final String GATEWAY_LEADER_DECISION = "Gateway_LeaderDecision";
    public static final String EVENT_REPORT_APPROVAL_REJECTED = "Event_ReportApprovalRejected";
    public static final String EVENT_REPORT_SUBMITTED = "Event_ReportSubmitted";
    public static final String TASK_PUBLISH_STAGE_SUBMITTED = "Task_PublishStageSubmitted";
    public static final String TASK_SEND_OPEN_REVIEW = "Task_SendOpenReview";
    public static final String GATEWAY_JOIN_AWAIT_CLAIM = "Gateway_JoinAwaitClaim";
    public static final String EVENT_REVIEW_CLAIMED = "Event_ReviewClaimed";
    public static final String TASK_PUBLISH_STAGE_UNDER_REVIEW = "Task_PublishStageUnderReview";
    public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
    public static final String EVENT_REVIEW_RELEASED = "Event_ReviewReleased";
    public static final String TASK_PUBLISH_STAGE_RELEASED = "Task_PublishStageReleased";
    public static final String EVENT_REVIEW_COMPLETED = "Event_ReviewCompleted";
    public static final String GATEWAY_REVIEW_DECISION = "Gateway_ReviewDecision";
    public static final String TASK_PUBLISH_STAGE_RETURNED = "Task_PublishStageReturned";
    public static final String TASK_SEND_REOPEN_REPORT = "Task_SendReopenReport";
    public static final String TASK_START_RESUBMISSION_DEADLINE = "Task_StartResubmissionDeadline";
    public static final String TASK_GRADE_REPORT = "Task_GradeReport";
    public static final String TASK_PUBLISH_REPORT_GRADED = "Task_PublishReportGraded";
    public static final String TASK_PUBLISH_STAGE_ACCEPTED = "Task_PublishStageAccepted";
    public static final String GATEWAY_FINDINGS = "Gateway_Findings";
    public static final String TASK_PUBLISH_STAGE_RECTIFYING = "Task_PublishStageRectifying";
    public static final String CALL_ACTIVITY_RECTIFICATION = "CallActivity_Rectification";
    public static final String GATEWAY_JOIN_CLOSING = "Gateway_JoinClosing";
    public static final String TASK_PUBLISH_STAGE_CLOSED = "Task_PublishStageClosed";
    public static final String TASK_SEND_CLOSE_REPORT = "Task_SendCloseReport";
    public static final String EVENT_CLOSED = "Event_Closed";
    public static final String SUB_PROCESS_WITHDRAWAL = "SubProcess_Withdrawal";
    public static final String EVENT_ASSIGNMENT_WITHDRAWN = "Event_AssignmentWithdrawn";
    public static final String TASK_PUBLISH_STAGE_WITHDRAWN = "Task_PublishStageWithdrawn";
    public static final String TASK_SEND_CLOSE_REPORT_WITHDRAWN = "Task_SendCloseReportWithdrawn";
    public static final String EVENT_WITHDRAWN = "Event_Withdrawn";

    public static final String TASK_START_REPORT_DEADLINE = "Task_StartReportDeadline";
    public static final String TASK_STOP_REPORT_DEADLINE = "Task_StopReportDeadline";
    public static final String TASK_START_REVIEW_DEADLINE = "Task_StartReviewDeadline";
    public static final String TASK_STOP_REVIEW_DEADLINE = "Task_StopReviewDeadline";
    public static final String TASK_STOP_DEADLINES_WITHDRAWN = "Task_StopDeadlinesWithdrawn";

    /** Activity ids of one rectification. */
    public static final String EVENT_RECTIFICATION_STARTED = "Event_RectificationStarted";
    public static final String TASK_SEND_OPEN_RECTIFICATION = "Task_SendOpenRectification";
    public static final String GATEWAY_JOIN_AWAIT_ANSWER = "Gateway_JoinAwaitAnswer";
    public static final String EVENT_RECTIFICATION_SUBMITTED = "Event_RectificationSubmitted";
    public static final String TASK_PUBLISH_FINDING_SUBMITTED = "Task_PublishFindingSubmitted";
    public static final String TASK_PUBLISH_FINDING_VERIFYING = "Task_PublishFindingVerifying";
    public static final String TASK_SEND_OPEN_VERIFICATION = "Task_SendOpenVerification";
    public static final String EVENT_FINDING_VERIFIED = "Event_FindingVerified";
    public static final String GATEWAY_VERIFICATION_OUTCOME = "Gateway_VerificationOutcome";
    public static final String TASK_PUBLISH_FINDING_RECTIFYING = "Task_PublishFindingRectifying";
    public static final String TASK_SEND_REOPEN_RECTIFICATION = "Task_SendReopenRectification";
    public static final String EVENT_FINDING_CLOSED = "Event_FindingClosed";
    public static final String TASK_START_RECTIFICATION_DEADLINE = "Task_StartRectificationDeadline";
    public static final String TASK_STOP_RECTIFICATION_DEADLINE = "Task_StopRectificationDeadline";

    /** Activity ids of one deadline's watch. */
    public static final String EVENT_DEADLINE_STARTED = "Event_DeadlineStarted";
    public static final String GATEWAY_JOIN_PLAN = "Gateway_JoinPlan";
    public static final String TASK_PLAN_DEADLINE = "Task_PlanDeadline";
    public static final String SUBPROCESS_DEADLINE_LADDER = "SubProcess_DeadlineLadder";
    public static final String EVENT_LADDER_STARTED = "Event_LadderStarted";
    public static final String GATEWAY_JOIN_NEXT_STEP = "Gateway_JoinNextStep";
    public static final String TASK_TAKE_NEXT_STEP = "Task_TakeNextStep";
    public static final String GATEWAY_STEP_LEFT = "Gateway_StepLeft";
    public static final String EVENT_LADDER_DONE = "Event_LadderDone";
    public static final String TIMER_DEADLINE_STEP = "Timer_DeadlineStep";
    public static final String GATEWAY_STEP_KIND = "Gateway_StepKind";
    public static final String TASK_PUBLISH_DEADLINE_APPROACHING = "Task_PublishDeadlineApproaching";
    public static final String TASK_PUBLISH_DEADLINE_MISSED = "Task_PublishDeadlineMissed";
    public static final String TASK_DECIDE_WARNING = "Task_DecideWarning";
    public static final String GATEWAY_WARNING_DECIDED = "Gateway_WarningDecided";
    public static final String TASK_PUBLISH_WARNING_RAISED = "Task_PublishWarningRaised";
    public static final String TASK_PUBLISH_ESCALATION_RAISED = "Task_PublishEscalationRaised";
    public static final String EVENT_DEADLINE_MOVED = "Event_DeadlineMoved";
    public static final String TASK_AWAIT_DEADLINE_MOVED = "Task_AwaitDeadlineMoved";
    public static final String SUBPROCESS_DEADLINE_MET = "SubProcess_DeadlineMet";
    public static final String EVENT_DEADLINE_MET = "Event_DeadlineMet";
    public static final String EVENT_DEADLINE_STOPPED = "Event_DeadlineStopped";

    private ProcessConstants() {
    }
}
