package org.supervisionflow.workflows.lifecycle.engine;

/** The names {@code bpmn/report-lifecycle.bpmn} and the Java code share: process, messages, variables, ids. */
public final class ProcessConstants {

    public static final String PROCESS_KEY = "ReportLifecycleProcess";
    public static final String PROCESS_RESOURCE = "bpmn/report-lifecycle.bpmn";

    /** Message names, equal to the event records they stand for. */
    public static final String MESSAGE_ASSIGNMENT_ISSUED = "AssignmentIssued";
    public static final String MESSAGE_REPORT_OPENED = "ReportOpened";
    public static final String MESSAGE_ASSIGNMENT_WITHDRAWN = "AssignmentWithdrawn";

    /** Process variables. The business key is the assignment id as well. */
    public static final String VAR_ASSIGNMENT_ID = "assignmentId";
    public static final String VAR_DEPARTMENT_CODE = "departmentCode";
    public static final String VAR_SCOPE = "scope";
    public static final String VAR_STAGE = "stage";
    public static final String VAR_REPORT_ID = "reportId";
    public static final String VAR_WITHDRAWAL_REASON = "withdrawalReason";
    /** Input parameter of each stage-publishing task: the stage it announces. */
    public static final String VAR_TARGET_STAGE = "targetStage";

    /** Delegate bean names, as the BPMN's {@code ${delegateExpression}}s name them. */
    public static final String DELEGATE_PUBLISH_STAGE_CHANGED = "publishStageChanged";
    public static final String DELEGATE_SEND_OPEN_REPORT = "sendOpenReport";

    /** Activity ids. */
    public static final String EVENT_ASSIGNMENT_ISSUED = "Event_AssignmentIssued";
    public static final String TASK_PUBLISH_STAGE_ASSIGNED = "Task_PublishStageAssigned";
    public static final String TASK_SEND_OPEN_REPORT = "Task_SendOpenReport";
    public static final String EVENT_REPORT_OPENED = "Event_ReportOpened";
    public static final String TASK_AWAIT_DRAFTING = "Task_AwaitDrafting";
    public static final String SUB_PROCESS_WITHDRAWAL = "SubProcess_Withdrawal";
    public static final String EVENT_ASSIGNMENT_WITHDRAWN = "Event_AssignmentWithdrawn";
    public static final String TASK_PUBLISH_STAGE_WITHDRAWN = "Task_PublishStageWithdrawn";
    public static final String EVENT_WITHDRAWN = "Event_Withdrawn";

    private ProcessConstants() {
    }
}
