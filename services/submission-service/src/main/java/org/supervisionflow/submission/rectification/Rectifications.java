package org.supervisionflow.submission.rectification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.contracts.FindingSeverity;
import org.supervisionflow.submission.report.LeaderRejection;
import org.supervisionflow.submission.report.Modification;
import org.supervisionflow.submission.report.Rows;

/** The stored rectifications and their approved answers; reads by a user take their department scope. */
@Repository
class Rectifications {

    private static final String COLUMNS = """
            id, finding_id, report_id, assignment_id, department_code, notice_number, indicator_id, severity,
            description, required_measures, deadline, status, measures, version, modified_at, modified_by, sent_by,
            last_rejection, verification_rejection, rejected_answer_id, opened_at""";

    private final JdbcClient jdbc;
    private final Rows rows;

    Rectifications(JdbcClient jdbc, Rows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** Stores a new rectification unless its finding has one; the unique finding decides. */
    boolean addIfAbsent(Rectification rectification) {
        FindingNotice finding = rectification.finding();
        return jdbc.sql("""
                insert into rectification (id, finding_id, report_id, assignment_id, department_code, notice_number,
                    indicator_id, severity, description, required_measures, deadline, status, opened_at)
                values (:id, :findingId, :reportId, :assignmentId, :departmentCode, :noticeNumber, :indicatorId,
                    :severity, :description, :requiredMeasures, :deadline, :status, :openedAt)
                on conflict on constraint rectification_one_per_finding do nothing""")
                .param("id", rectification.id())
                .param("findingId", finding.findingId())
                .param("reportId", rectification.reportId())
                .param("assignmentId", rectification.assignmentId())
                .param("departmentCode", rectification.departmentCode())
                .param("noticeNumber", finding.noticeNumber(), Types.VARCHAR)
                .param("indicatorId", finding.indicatorId(), Types.OTHER)
                .param("severity", finding.severity().name())
                .param("description", finding.description())
                .param("requiredMeasures", finding.requiredMeasures(), Types.VARCHAR)
                .param("deadline", finding.deadline(), Types.DATE)
                .param("status", rectification.status().name())
                .param("openedAt", OffsetDateTime.ofInstant(rectification.openedAt(), ZoneOffset.UTC))
                .update() == 1;
    }

    /** The report's rectifications in scope, in the order their findings were opened. */
    List<Rectification> ofReport(UUID reportId, Optional<String> departmentScope) {
        return jdbc.sql("select " + COLUMNS + """
                 from rectification
                where report_id = :reportId
                  and (cast(:scope as text) is null or department_code = :scope)
                order by opened_at, notice_number, id""")
                .param("reportId", reportId)
                .param("scope", departmentScope.orElse(null), Types.VARCHAR)
                .query(this::rectification)
                .list()
                .stream().map(this::withAnswers).toList();
    }

    /** The rectification of a finding of the report, in scope, locked until the transaction ends. */
    Optional<Rectification> lock(UUID reportId, UUID findingId, Optional<String> departmentScope) {
        return rows.lockInScope("select " + COLUMNS
                + " from rectification where report_id = :reportId and finding_id = :findingId",
                Map.of("reportId", reportId, "findingId", findingId), departmentScope, this::rectification)
                .map(this::withAnswers);
    }

    /** The rectification of a finding, locked; for the workflow engine's commands. */
    Optional<Rectification> lockByFinding(UUID findingId) {
        return jdbc.sql("select " + COLUMNS + " from rectification where finding_id = :findingId for update")
                .param("findingId", findingId)
                .query(this::rectification)
                .optional()
                .map(this::withAnswers);
    }

    /** Every rectification of an assignment, locked. */
    List<Rectification> lockByAssignment(UUID assignmentId) {
        return jdbc.sql("select " + COLUMNS + " from rectification where assignment_id = :assignmentId for update")
                .param("assignmentId", assignmentId)
                .query(this::rectification)
                .list()
                .stream().map(this::withAnswers).toList();
    }

    void update(Rectification previous, Rectification changed) {
        int updated = jdbc.sql("""
                update rectification
                   set status = :status, measures = :measures, version = :version, modified_at = :modifiedAt,
                       modified_by = cast(:modifiedBy as jsonb), sent_by = cast(:sentBy as jsonb),
                       last_rejection = cast(:lastRejection as jsonb), verification_rejection = :verificationRejection,
                       rejected_answer_id = :rejectedAnswerId, answers = :answers
                 where id = :id and version = :previousVersion""")
                .param("id", changed.id())
                .param("previousVersion", previous.version())
                .param("status", changed.status().name())
                .param("measures", changed.measures())
                .param("version", changed.version())
                .param("modifiedAt", changed.lastModified() == null ? null
                        : OffsetDateTime.ofInstant(changed.lastModified().at(), ZoneOffset.UTC),
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .param("modifiedBy", changed.lastModified() == null ? null : rows.write(changed.lastModified().by()),
                        Types.VARCHAR)
                .param("sentBy", rows.write(changed.sentBy()), Types.VARCHAR)
                .param("lastRejection", rows.write(changed.lastRejection()), Types.VARCHAR)
                .param("verificationRejection", changed.verificationRejection(), Types.VARCHAR)
                .param("rejectedAnswerId", changed.rejectedAnswerId(), Types.OTHER)
                .param("answers", changed.answers().size())
                .update();
        Rows.requireVersion(updated, "Rectification", changed.id(), previous.version());
    }

    /**
     * Moves the finding's deadline unless a move decided later is shown already.
     *
     * @return whether the finding has a rectification here
     */
    boolean moveDeadline(UUID findingId, LocalDate deadline, Instant movedAt) {
        jdbc.sql("""
                update rectification set deadline = :deadline, deadline_changed_at = :movedAt
                 where finding_id = :findingId
                   and (deadline_changed_at is null or deadline_changed_at <= :movedAt)""")
                .param("findingId", findingId)
                .param("deadline", deadline)
                .param("movedAt", OffsetDateTime.ofInstant(movedAt, ZoneOffset.UTC))
                .update();
        return jdbc.sql("select exists (select 1 from rectification where finding_id = ?)").param(findingId)
                .query(Boolean.class).single();
    }

    void addAnswer(UUID rectificationId, RectificationAnswer answer) {
        jdbc.sql("""
                insert into rectification_answer (id, rectification_id, number, measures, submitted_at, submitter,
                    approver)
                values (:id, :rectificationId, :number, :measures, :submittedAt, cast(:submitter as jsonb),
                    cast(:approver as jsonb))""")
                .param("id", answer.id())
                .param("rectificationId", rectificationId)
                .param("number", answer.number())
                .param("measures", answer.measures())
                .param("submittedAt", OffsetDateTime.ofInstant(answer.submittedAt(), ZoneOffset.UTC))
                .param("submitter", rows.write(answer.submitter()))
                .param("approver", rows.write(answer.approver()))
                .update();
    }

    private Rectification withAnswers(Rectification rectification) {
        List<RectificationAnswer> answers = jdbc.sql("""
                select id, number, measures, submitted_at, submitter, approver
                  from rectification_answer where rectification_id = :id order by number""")
                .param("id", rectification.id())
                .query((rs, row) -> new RectificationAnswer(rs.getObject("id", UUID.class), rs.getInt("number"),
                        rs.getString("measures"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                        rows.read(rs.getString("submitter"), Actor.class), rows.read(rs.getString("approver"), Actor.class)))
                .list();
        return new Rectification(rectification.id(), rectification.reportId(), rectification.assignmentId(),
                rectification.departmentCode(), rectification.finding(), rectification.status(),
                rectification.measures(), rectification.version(), rectification.lastModified(),
                rectification.sentBy(), rectification.lastRejection(), rectification.verificationRejection(),
                rectification.rejectedAnswerId(), rectification.openedAt(), answers);
    }

    private Rectification rectification(ResultSet rs, int row) throws SQLException {
        OffsetDateTime modifiedAt = rs.getObject("modified_at", OffsetDateTime.class);
        return new Rectification(
                rs.getObject("id", UUID.class),
                rs.getObject("report_id", UUID.class),
                rs.getObject("assignment_id", UUID.class),
                rs.getString("department_code"),
                new FindingNotice(rs.getObject("finding_id", UUID.class), rs.getString("notice_number"),
                        rs.getObject("indicator_id", UUID.class), FindingSeverity.valueOf(rs.getString("severity")),
                        rs.getString("description"), rs.getString("required_measures"),
                        rs.getObject("deadline", LocalDate.class)),
                RectificationStatus.valueOf(rs.getString("status")),
                rs.getString("measures"),
                rs.getLong("version"),
                modifiedAt == null ? null
                        : new Modification(rows.read(rs.getString("modified_by"), Actor.class), modifiedAt.toInstant()),
                rows.read(rs.getString("sent_by"), Actor.class),
                rows.read(rs.getString("last_rejection"), LeaderRejection.class),
                rs.getString("verification_rejection"),
                rs.getObject("rejected_answer_id", UUID.class),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                List.of());
    }
}
