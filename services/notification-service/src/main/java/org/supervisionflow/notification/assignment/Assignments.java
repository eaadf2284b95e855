package org.supervisionflow.notification.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.DeadlineKind;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.SupervisionMessage;
import org.supervisionflow.contracts.WarningLevel;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.assignment.AssignmentWithdrawn;
import org.supervisionflow.contracts.assignment.DueDateMoved;
import org.supervisionflow.contracts.assignment.ExtensionGranted;
import org.supervisionflow.contracts.submission.DraftStarted;
import org.supervisionflow.contracts.submission.ExtensionRequested;
import org.supervisionflow.contracts.submission.RectificationApprovalRejected;
import org.supervisionflow.contracts.submission.RectificationSentForApproval;
import org.supervisionflow.contracts.submission.RectificationSubmitted;
import org.supervisionflow.contracts.submission.ReportApprovalRejected;
import org.supervisionflow.contracts.submission.ReportOpened;
import org.supervisionflow.contracts.submission.ReportSentForApproval;
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.contracts.workflow.DeadlineApproaching;
import org.supervisionflow.contracts.workflow.DeadlineMissed;
import org.supervisionflow.contracts.workflow.EscalationRaised;
import org.supervisionflow.contracts.workflow.ReportGraded;
import org.supervisionflow.contracts.workflow.StageChanged;
import org.supervisionflow.contracts.workflow.WarningRaised;
import org.supervisionflow.contracts.workflow.WorkflowEvent;

/**
 * Keeps the assignment projection from every topic. Facts arrive in any order across topics, so each one fills only
 * the columns it knows and never blanks what another already told.
 */
@Service
public class Assignments {

    private final JdbcClient jdbc;
    private final Clock clock;

    Assignments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes what the message tells about its assignment; part of the receiving transaction. */
    @Transactional
    public void learn(SupervisionMessage message) {
        Known known = new Known(message.assignmentId());
        switch (message) {
            case AssignmentIssued issued when issued.scope() != null -> {
                known.department = issued.scope().departmentCode();
                known.departmentName = issued.scope().departmentName();
                known.campaignTitle = issued.scope().campaignTitle();
                known.documentNumber = issued.scope().documentNumber();
                known.dueDate = issued.scope().dueDate();
            }
            case AssignmentWithdrawn withdrawn -> {
                known.department = withdrawn.departmentCode();
                known.stage = ReportStage.WITHDRAWN;
            }
            case DueDateMoved moved -> known.newDueDate(moved.newDueDate());
            case ExtensionGranted granted when granted.findingId() == null -> known.newDueDate(granted.newDueDate());
            case ReportOpened opened -> {
                known.department = opened.departmentCode();
                known.reportId = opened.reportId();
            }
            case DraftStarted started -> known.report(started.reportId(), started.actor());
            case ReportSentForApproval sent -> known.report(sent.reportId(), sent.actor());
            case ReportApprovalRejected rejected -> known.report(rejected.reportId(), rejected.leader());
            case ReportSubmitted submitted -> known.report(submitted.reportId(), submitted.submitter());
            case RectificationSentForApproval sent -> known.report(sent.reportId(), sent.submitter());
            case RectificationApprovalRejected rejected -> known.report(rejected.reportId(), rejected.leader());
            case RectificationSubmitted submitted -> known.report(submitted.reportId(), submitted.submitter());
            case ExtensionRequested requested -> known.report(null, requested.requester());
            case WorkflowEvent event -> learnFromWorkflow(event, known);
            default -> {
                // Review events and the rest carry nothing about the assignment beyond its id.
            }
        }
        save(known);
    }

    private static void learnFromWorkflow(WorkflowEvent event, Known known) {
        switch (event) {
            case StageChanged changed -> {
                known.department = changed.departmentCode();
                known.stage = changed.stage();
            }
            case DeadlineMissed missed -> {
                known.department = missed.departmentCode();
                known.overdue = missed.kind() == DeadlineKind.REPORT_SUBMISSION ? Boolean.TRUE : null;
            }
            case WarningRaised warning -> {
                known.department = warning.departmentCode();
                if (warning.kind() == DeadlineKind.REPORT_SUBMISSION) {
                    known.overdue = true;
                    known.warningLevel = warning.level();
                }
            }
            case DeadlineApproaching approaching ->
                known.department = approaching.departmentCode();
            case EscalationRaised escalation ->
                known.department = escalation.departmentCode();
            case ReportGraded graded -> known.department = graded.departmentCode();
        }
    }

    @Transactional(readOnly = true)
    public Optional<Assignment> find(UUID assignmentId) {
        return jdbc.sql("select * from assignment where assignment_id = :id")
                .param("id", assignmentId)
                .query(Assignments::assignment)
                .optional();
    }

    /** The department's assignments whose report is neither closed nor withdrawn, soonest due first. */
    @Transactional(readOnly = true)
    public List<Assignment> openIn(String departmentCode) {
        return jdbc.sql("""
                select * from assignment
                 where department_code = :department and coalesce(stage, '') not in ('CLOSED', 'WITHDRAWN')
                 order by due_date nulls last, campaign_title""")
                .param("department", departmentCode)
                .query(Assignments::assignment)
                .list();
    }

    private void save(Known known) {
        jdbc.sql("""
                insert into assignment (assignment_id, department_code, department_name, campaign_title, document_number,
                    report_id, due_date, stage, overdue, warning_level, updated_at)
                values (:id, :department, :departmentName, :campaignTitle, :documentNumber, :reportId, :dueDate, :stage,
                    coalesce(:overdue, false), :warningLevel, :now)
                on conflict (assignment_id) do update set
                    department_code = coalesce(excluded.department_code, assignment.department_code),
                    department_name = coalesce(excluded.department_name, assignment.department_name),
                    campaign_title = coalesce(excluded.campaign_title, assignment.campaign_title),
                    document_number = coalesce(excluded.document_number, assignment.document_number),
                    report_id = coalesce(excluded.report_id, assignment.report_id),
                    due_date = coalesce(excluded.due_date, assignment.due_date),
                    stage = coalesce(excluded.stage, assignment.stage),
                    overdue = case when :resetDeadline then false else coalesce(:overdue, assignment.overdue) end,
                    warning_level = case when :resetDeadline then null
                                         else coalesce(excluded.warning_level, assignment.warning_level) end,
                    updated_at = excluded.updated_at""")
                .param("id", known.assignmentId)
                .param("department", known.department)
                .param("departmentName", known.departmentName)
                .param("campaignTitle", known.campaignTitle)
                .param("documentNumber", known.documentNumber)
                .param("reportId", known.reportId)
                .param("dueDate", known.dueDate)
                .param("stage", known.stage == null ? null : known.stage.name())
                .param("overdue", known.overdue, Types.BOOLEAN)
                .param("warningLevel", known.warningLevel == null ? null : known.warningLevel.name())
                .param("resetDeadline", known.resetDeadline)
                .param("now", OffsetDateTime.now(clock))
                .update();
    }

    private static Assignment assignment(ResultSet rs, int row) throws SQLException {
        String stage = rs.getString("stage");
        String warning = rs.getString("warning_level");
        return new Assignment(rs.getObject("assignment_id", UUID.class), rs.getString("department_code"),
                rs.getString("department_name"), rs.getString("campaign_title"), rs.getString("document_number"),
                rs.getObject("report_id", UUID.class), rs.getObject("due_date", LocalDate.class),
                stage == null ? null : ReportStage.valueOf(stage), rs.getBoolean("overdue"),
                warning == null ? null : WarningLevel.valueOf(warning));
    }

    /** The columns one message fills; null means "this message does not say". */
    private static final class Known {

        private final UUID assignmentId;
        private String department;
        private String departmentName;
        private String campaignTitle;
        private String documentNumber;
        private UUID reportId;
        private LocalDate dueDate;
        private ReportStage stage;
        private Boolean overdue;
        private WarningLevel warningLevel;
        private boolean resetDeadline;

        Known(UUID assignmentId) {
            this.assignmentId = assignmentId;
        }

        /** A new due date starts the deadline afresh: no longer overdue, no warning. */
        void newDueDate(LocalDate date) {
            dueDate = date;
            resetDeadline = true;
        }

        void report(UUID report, Actor actor) {
            reportId = report;
            department = actor == null ? null : actor.departmentCode();
        }
    }
}
