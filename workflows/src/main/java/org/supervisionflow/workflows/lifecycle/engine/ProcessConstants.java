package org.supervisionflow.workflows.lifecycle.engine;

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

    /** Message names, equal to the event records they stand for. */
    public static final String MESSAGE_ASSIGNMENT_ISSUED = "AssignmentIssued";
    public static final String MESSAGE_REPORT_OPENED = "ReportOpened";
    public static final String MESSAGE_ASSIGNMENT_WITHDRAWN = "AssignmentWithdrawn";
    public static final String MESSAGE_DRAFT_STARTED = "DraftStarted";
    public static final String MESSAGE_REPORT_SENT_FOR_APPROVAL = "ReportSentForApproval";
    public static final String MESSAGE_REPORT_APPROVAL_REJECTED = "ReportApprovalRejected";
    public static final String MESSAGE_REPORT_SUBMITTED = "ReportSubmitted";
    public static final String MESSAGE_REVIEW_CLAIMED = "ReviewClaimed";
    public static final String MESSAGE_REVIEW_COMPLETED = "ReviewCompleted";
    public static final String MESSAGE_RECTIFICATION_SUBMITTED = "RectificationSubmitted";
    public static final String MESSAGE_FINDING_VERIFIED = "FindingVerified";

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
    public static final String EVENT_REVIEW_CLAIMED = "Event_ReviewClaimed";
    public static final String TASK_PUBLISH_STAGE_UNDER_REVIEW = "Task_PublishStageUnderReview";
    public static final String EVENT_REVIEW_COMPLETED = "Event_ReviewCompleted";
    public static final String GATEWAY_REVIEW_DECISION = "Gateway_ReviewDecision";
    public static final String TASK_PUBLISH_STAGE_RETURNED = "Task_PublishStageReturned";
    public static final String TASK_SEND_REOPEN_REPORT = "Task_SendReopenReport";
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

    private ProcessConstants() {
    }
}
