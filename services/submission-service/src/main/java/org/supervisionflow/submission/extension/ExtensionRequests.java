package org.supervisionflow.submission.extension;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.submission.report.Rows;

/** The stored extension requests; reads by a user take their department scope. */
@Repository
class ExtensionRequests {

    private static final String COLUMNS = """
            id, report_id, assignment_id, department_code, finding_id, current_due_date, requested_due_date, reason,
            requester, requested_at, status, granted_due_date, decision_comment, decided_by, decided_at""";

    private final JdbcClient jdbc;
    private final Rows rows;

    ExtensionRequests(JdbcClient jdbc, Rows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** Stores a new pending request unless its deadline has one pending already; the partial unique index decides. */
    boolean addIfNonePending(ExtensionRequest request) {
        return jdbc.sql("""
                insert into extension_request (id, report_id, assignment_id, department_code, finding_id,
                    current_due_date, requested_due_date, reason, requester, requested_at, status)
                values (:id, :reportId, :assignmentId, :departmentCode, :findingId, :currentDueDate, :requestedDueDate,
                    :reason, cast(:requester as jsonb), :requestedAt, 'PENDING')
                on conflict (target_id) where status = 'PENDING' do nothing""")
                .param("id", request.id())
                .param("reportId", request.reportId())
                .param("assignmentId", request.assignmentId())
                .param("departmentCode", request.departmentCode())
                .param("findingId", request.findingId(), Types.OTHER)
                .param("currentDueDate", request.currentDueDate())
                .param("requestedDueDate", request.requestedDueDate())
                .param("reason", request.reason())
                .param("requester", rows.write(request.requester()))
                .param("requestedAt", timestamp(request.requestedAt()))
                .update() == 1;
    }

    /** The report's requests in scope, newest first. */
    List<ExtensionRequest> ofReport(UUID reportId, Optional<String> departmentScope) {
        return jdbc.sql("select " + COLUMNS + """
                 from extension_request
                where report_id = :reportId
                  and (cast(:scope as text) is null or department_code = :scope)
                order by requested_at desc, id""")
                .param("reportId", reportId)
                .param("scope", departmentScope.orElse(null), Types.VARCHAR)
                .query(this::request)
                .list();
    }

    /**
     * Records the office's decision on a pending request; false when the request is unknown here or was decided
     * already (a repeated decision changes nothing).
     */
    boolean decide(UUID id, ExtensionStatus status, LocalDate grantedDueDate, String comment, Actor decidedBy,
            Instant decidedAt) {
        return jdbc.sql("""
                update extension_request
                   set status = :status, granted_due_date = :grantedDueDate, decision_comment = :comment,
                       decided_by = cast(:decidedBy as jsonb), decided_at = :decidedAt
                 where id = :id and status = 'PENDING'""")
                .param("id", id)
                .param("status", status.name())
                .param("grantedDueDate", grantedDueDate, Types.DATE)
                .param("comment", comment, Types.VARCHAR)
                .param("decidedBy", rows.write(decidedBy), Types.VARCHAR)
                .param("decidedAt", timestamp(decidedAt))
                .update() == 1;
    }

    /**
     * Closes the assignment's pending requests that can no longer apply, with the reason as the comment: with
     * {@code wholeReport} every one, otherwise the one for {@code findingId}'s deadline (null: the report's due date).
     *
     * @return how many were closed
     */
    int closePending(UUID assignmentId, UUID findingId, boolean wholeReport, ExtensionStatus status, String reason,
            Instant closedAt) {
        return jdbc.sql("""
                update extension_request set status = :status, decision_comment = :reason, decided_at = :closedAt
                 where assignment_id = :assignmentId and status = 'PENDING'
                   and (:wholeReport or finding_id is not distinct from cast(:findingId as uuid))""")
                .param("assignmentId", assignmentId)
                .param("findingId", findingId, Types.OTHER)
                .param("wholeReport", wholeReport)
                .param("status", status.name())
                .param("reason", reason)
                .param("closedAt", timestamp(closedAt))
                .update();
    }

    private ExtensionRequest request(ResultSet rs, int row) throws SQLException {
        OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
        return new ExtensionRequest(
                rs.getObject("id", UUID.class),
                rs.getObject("report_id", UUID.class),
                rs.getObject("assignment_id", UUID.class),
                rs.getString("department_code"),
                rs.getObject("finding_id", UUID.class),
                rs.getObject("current_due_date", LocalDate.class),
                rs.getObject("requested_due_date", LocalDate.class),
                rs.getString("reason"),
                rows.read(rs.getString("requester"), Actor.class),
                rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                ExtensionStatus.valueOf(rs.getString("status")),
                rs.getObject("granted_due_date", LocalDate.class),
                rs.getString("decision_comment"),
                rows.read(rs.getString("decided_by"), Actor.class),
                decidedAt == null ? null : decidedAt.toInstant());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
