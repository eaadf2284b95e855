package org.supervisionflow.assignment.assignment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supervisionflow.assignment.jdbc.JsonColumns;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.EscalationTarget;
import org.supervisionflow.contracts.Grade;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.ReviewDecision;
import org.supervisionflow.contracts.WarningLevel;
import org.supervisionflow.contracts.workflow.StageChanged;

/**
 * Assignments in SQL. Every read takes the caller's department scope as a parameter, so department isolation is
 * enforced by the query itself (null scope = every department).
 */
@Repository
class AssignmentStore {

    private static final String SUMMARY_COLUMNS = """
            a.id, a.campaign_id, a.scope ->> 'campaignTitle' as campaign_title, a.scope ->> 'kind' as kind,
            a.scope ->> 'documentNumber' as document_number, a.scope ->> 'period' as period, a.due_date,
            a.department_code, a.scope ->> 'departmentName' as department_name, a.status, a.stage, a.stage_changed_at,
            a.issued_at, jsonb_array_length(a.scope -> 'indicators') as indicator_count, a.overdue, a.warning_level,
            a.escalated_to, a.submitted_at, a.published_on, """ + ReportScore.COLUMNS;

    private final JdbcClient jdbc;
    private final JsonColumns json;

    AssignmentStore(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID id, AssignmentScope scope, Instant issuedAt) {
        jdbc.sql("""
                insert into assignment (id, campaign_id, department_code, status, due_date, scope, issued_at, stage)
                values (:id, :campaignId, :departmentCode, 'ISSUED', :dueDate, cast(:scope as jsonb), :issuedAt, :stage)""")
                .param("id", id)
                .param("campaignId", scope.campaignId())
                .param("departmentCode", scope.departmentCode())
                .param("dueDate", scope.dueDate())
                .param("scope", json.write(scope))
                .param("issuedAt", Timestamp.from(issuedAt))
                .param("stage", ReportStage.ASSIGNED.name())
                .update();
    }

    /** Marks the campaign's issued assignments withdrawn and returns their ids and departments. */
    List<Withdrawn> withdrawCampaign(UUID campaignId, String reason, Instant at) {
        return jdbc.sql("""
                update assignment set status = 'WITHDRAWN', withdrawn_at = :at, withdraw_reason = :reason
                where campaign_id = :campaignId and status = 'ISSUED'
                returning id, department_code""")
                .param("campaignId", campaignId)
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .query((rs, row) -> new Withdrawn(rs.getObject("id", UUID.class), rs.getString("department_code")))
                .list();
    }

    record Withdrawn(UUID assignmentId, String departmentCode) {
    }

    /**
     * Moves issued assignments to {@code dueDate}: every one of the campaign whose date differs, or (with
     * {@code assignmentId}) that one; returns each with the date it had. Their deadline marks belonged to the old
     * date and are cleared.
     */
    List<Moved> moveDueDate(UUID campaignId, UUID assignmentId, LocalDate dueDate) {
        return jdbc.sql("""
                update assignment a
                   set due_date = :dueDate, overdue = false, warning_level = null, escalated_to = null
                  from assignment previous
                 where previous.id = a.id and a.status = 'ISSUED'
                   and (cast(:campaignId as uuid) is null or (a.campaign_id = :campaignId and a.due_date <> :dueDate))
                   and (cast(:assignmentId as uuid) is null or a.id = :assignmentId)
                returning a.id, previous.due_date""")
                .param("campaignId", campaignId)
                .param("assignmentId", assignmentId)
                .param("dueDate", dueDate)
                .query((rs, row) -> new Moved(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
                .list();
    }

    record Moved(UUID assignmentId, LocalDate previousDueDate) {
    }

    /** Marks the report overdue, if {@code dueDate} is still its due date. */
    boolean markOverdue(UUID assignmentId, LocalDate dueDate) {
        return jdbc.sql("update assignment set overdue = true where id = :id and due_date = :dueDate")
                .param("id", assignmentId).param("dueDate", dueDate).update() == 1;
    }

    /** Raises the warning shown (never lowers it: RED stays RED), if {@code dueDate} is still the due date. */
    boolean markWarning(UUID assignmentId, LocalDate dueDate, WarningLevel level) {
        return raise(assignmentId, dueDate, "warning_level", level.name(), WarningLevel.RED.name());
    }

    /** Raises the escalation shown (never lowers it: OFFICE stays OFFICE), if {@code dueDate} is still the due date. */
    boolean markEscalation(UUID assignmentId, LocalDate dueDate, EscalationTarget target) {
        return raise(assignmentId, dueDate, "escalated_to", target.name(), EscalationTarget.OFFICE.name());
    }

    /**
     * Sets a mark column (named by this class, never by a caller) to {@code value} unless it shows {@code highest}
     * already, and marks the report overdue; only while {@code dueDate} is the assignment's due date.
     */
    private boolean raise(UUID assignmentId, LocalDate dueDate, String column, String value, String highest) {
        return jdbc.sql("update assignment set overdue = true, " + column + " = case when " + column
                        + " = :highest then :highest else :value end where id = :id and due_date = :dueDate")
                .param("id", assignmentId)
                .param("dueDate", dueDate)
                .param("value", value)
                .param("highest", highest)
                .update() == 1;
    }

    /** Keeps the first time the report reached SUBMITTED, whatever order the stage changes arrive in. */
    void recordSubmission(UUID assignmentId, Instant submittedAt) {
        jdbc.sql("""
                update assignment set submitted_at = :at
                 where id = :id and (submitted_at is null or submitted_at > :at)""")
                .param("id", assignmentId).param("at", Timestamp.from(submittedAt)).update();
    }

    /** Keeps the first publication of the assignment's annual report; false if unknown or published already. */
    boolean recordPublication(UUID assignmentId, LocalDate publishedOn, int version) {
        return jdbc.sql("""
                update assignment set published_on = :publishedOn, published_version = :version
                 where id = :id and published_on is null""")
                .param("id", assignmentId).param("publishedOn", publishedOn).param("version", version).update() == 1;
    }

    /**
     * Shows the review of {@code version} with its score (null for a returned version, whose score is not final),
     * unless a later version's review is shown already: an older decision arriving late changes nothing. False when
     * it was not applied (unknown assignment, or not newer than the one shown).
     */
    boolean recordReview(UUID assignmentId, int version, ReviewDecision decision, BigDecimal score,
            BigDecimal maxScore, boolean vetoed) {
        return jdbc.sql("""
                update assignment set reviewed_version = :version, review_decision = :decision, total_score = :score,
                                      max_score = :maxScore, vetoed = :vetoed
                 where id = :id and (reviewed_version is null or reviewed_version < :version)""")
                .param("id", assignmentId)
                .param("version", version)
                .param("decision", decision.name())
                .param("score", score)
                .param("maxScore", maxScore)
                .param("vetoed", vetoed)
                .update() == 1;
    }

    /**
     * Keeps the engine's grade of {@code version}, unless a later version's grade (or a later grading of the same
     * version) is kept already. False when it was not applied.
     */
    boolean recordGrade(UUID assignmentId, int version, Grade grade, Instant gradedAt) {
        return jdbc.sql("""
                update assignment set graded_version = :version, grade = :grade, graded_at = :gradedAt
                 where id = :id and (graded_version is null or graded_version < :version
                                     or (graded_version = :version and graded_at <= :gradedAt))""")
                .param("id", assignmentId)
                .param("version", version)
                .param("grade", grade.name())
                .param("gradedAt", Timestamp.from(gradedAt))
                .update() == 1;
    }

    List<AssignmentSummary> summaries(String departmentScope, UUID campaignId, String departmentCode) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + """
                 from assignment a
                where (cast(:scope as text) is null or a.department_code = :scope)
                  and (cast(:campaignId as uuid) is null or a.campaign_id = :campaignId)
                  and (cast(:departmentCode as text) is null or a.department_code = :departmentCode)
                order by a.due_date, a.issued_at desc, a.department_code""")
                .param("scope", departmentScope)
                .param("campaignId", campaignId)
                .param("departmentCode", departmentCode)
                .query(AssignmentStore::summary)
                .list();
    }

    Optional<Assignment> find(String departmentScope, UUID id) {
        return jdbc.sql("""
                select a.id, a.status, a.stage, a.stage_changed_at, a.issued_at, a.withdrawn_at, a.withdraw_reason,
                       a.scope, a.due_date, a.overdue, a.warning_level, a.escalated_to, a.submitted_at, """
                + ReportScore.COLUMNS + """
                 from assignment a
                where a.id = :id and (cast(:scope as text) is null or a.department_code = :scope)""")
                .param("id", id)
                .param("scope", departmentScope)
                .query((rs, row) -> new Assignment(rs.getObject("id", UUID.class),
                        AssignmentStatus.valueOf(rs.getString("status")), ReportStage.valueOf(rs.getString("stage")),
                        instant(rs, "stage_changed_at"), instant(rs, "issued_at"), instant(rs, "withdrawn_at"),
                        rs.getString("withdraw_reason"), json.read(rs.getString("scope"), AssignmentScope.class),
                        history(id),
                        rs.getObject("due_date", LocalDate.class), marks(rs), ReportScore.read(rs)))
                .optional();
    }

    /** Records a reported stage change; false when this event was recorded before or the assignment is unknown. */
    boolean recordStageChange(StageChanged changed, Instant receivedAt) {
        return jdbc.sql("""
                insert into assignment_stage_change (event_id, assignment_id, previous_stage, stage, occurred_at, received_at)
                select :eventId, id, :previousStage, :stage, :occurredAt, :receivedAt from assignment where id = :assignmentId
                on conflict (event_id) do nothing""")
                .param("eventId", changed.id())
                .param("assignmentId", changed.assignmentId())
                .param("previousStage", changed.previousStage() == null ? null : changed.previousStage().name())
                .param("stage", changed.stage().name())
                .param("occurredAt", Timestamp.from(changed.occurredAt()))
                .param("receivedAt", Timestamp.from(receivedAt))
                .update() == 1;
    }

    /**
     * Moves the projected stage, unless a change that happened later was applied already: events may arrive out
     * of order (redelivery, replay), and the newest fact must win. Equal times keep arrival order, which Kafka
     * keeps per assignment.
     */
    boolean moveStage(UUID assignmentId, ReportStage stage, Instant occurredAt) {
        return jdbc.sql("""
                update assignment set stage = :stage, stage_changed_at = :occurredAt
                where id = :id and (stage_changed_at is null or stage_changed_at <= :occurredAt)""")
                .param("id", assignmentId)
                .param("stage", stage.name())
                .param("occurredAt", Timestamp.from(occurredAt))
                .update() == 1;
    }

    private List<Assignment.StageChange> history(UUID assignmentId) {
        return jdbc.sql("""
                select previous_stage, stage, occurred_at from assignment_stage_change
                where assignment_id = ? order by occurred_at, received_at""")
                .param(assignmentId)
                .query((rs, row) -> new Assignment.StageChange(
                        rs.getString("previous_stage") == null ? null : ReportStage.valueOf(rs.getString("previous_stage")),
                        ReportStage.valueOf(rs.getString("stage")), instant(rs, "occurred_at")))
                .list();
    }

    private static DeadlineMarks marks(ResultSet rs) throws SQLException {
        String warning = rs.getString("warning_level");
        String escalation = rs.getString("escalated_to");
        return new DeadlineMarks(rs.getBoolean("overdue"), warning == null ? null : WarningLevel.valueOf(warning),
                escalation == null ? null : EscalationTarget.valueOf(escalation), instant(rs, "submitted_at"));
    }

    private static AssignmentSummary summary(ResultSet rs, int row) throws SQLException {
        return new AssignmentSummary(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
                rs.getString("campaign_title"), CampaignKind.valueOf(rs.getString("kind")), rs.getString("document_number"),
                rs.getString("period"), rs.getObject("due_date", LocalDate.class), rs.getString("department_code"),
                rs.getString("department_name"), AssignmentStatus.valueOf(rs.getString("status")),
                ReportStage.valueOf(rs.getString("stage")), instant(rs, "stage_changed_at"), instant(rs, "issued_at"),
                rs.getInt("indicator_count"), rs.getObject("published_on", LocalDate.class), marks(rs),
                ReportScore.read(rs));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
