package org.supervisionflow.assignment.extension;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supervisionflow.assignment.jdbc.JsonColumns;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.submission.ExtensionRequested;

/** Extension requests in SQL; reads take the caller's department scope (null = every department). */
@Repository
class ExtensionRequestStore {

    private static final String COLUMNS = """
            id, assignment_id, campaign_id, department_code, finding_id, current_due_date, requested_due_date, reason,
            requester, requested_at, status, granted_due_date, decision_comment, decided_by, decided_at""";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    ExtensionRequestStore(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stores the request as pending, taking campaign and department from its assignment; false when the request is
     * here already or the assignment is unknown.
     */
    boolean addIfAbsent(ExtensionRequested requested) {
        return jdbc.sql("""
                insert into extension_request (id, assignment_id, campaign_id, department_code, finding_id,
                    current_due_date, requested_due_date, reason, requester, requested_at, status)
                select :id, a.id, a.campaign_id, a.department_code, :findingId, :currentDueDate, :requestedDueDate,
                       :reason, cast(:requester as jsonb), :requestedAt, 'PENDING'
                  from assignment a where a.id = :assignmentId
                on conflict (id) do nothing""")
                .param("id", requested.requestId())
                .param("assignmentId", requested.assignmentId())
                .param("findingId", requested.findingId(), Types.OTHER)
                .param("currentDueDate", requested.currentDueDate())
                .param("requestedDueDate", requested.requestedDueDate())
                .param("reason", requested.reason())
                .param("requester", json.write(requested.requester()))
                .param("requestedAt", Timestamp.from(requested.occurredAt()))
                .update() == 1;
    }

    List<ExtensionRequest> list(String departmentScope, ExtensionStatus status) {
        return jdbc.sql("select " + COLUMNS + """
                 from extension_request
                where (cast(:scope as text) is null or department_code = :scope)
                  and (cast(:status as text) is null or status = :status)
                order by requested_at desc, id""")
                .param("scope", departmentScope, Types.VARCHAR)
                .param("status", status == null ? null : status.name(), Types.VARCHAR)
                .query(this::request)
                .list();
    }

    Optional<ExtensionRequest> find(String departmentScope, UUID id) {
        return jdbc.sql("select " + COLUMNS + """
                 from extension_request
                where id = :id and (cast(:scope as text) is null or department_code = :scope)""")
                .param("id", id)
                .param("scope", departmentScope, Types.VARCHAR)
                .query(this::request)
                .optional();
    }

    /** The request, locked until the transaction ends: decisions happen one at a time. */
    Optional<ExtensionRequest> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from extension_request where id = ? for update").param(id)
                .query(this::request).optional();
    }

    /**
     * Closes the assignment's pending requests that can no longer apply, the reason as comment: with {@code all} every
     * one, otherwise the one for {@code findingId}'s deadline (null: the report's due date).
     *
     * @return how many were closed
     */
    int closePending(UUID assignmentId, UUID findingId, boolean all, ExtensionStatus status, String reason,
            Instant closedAt) {
        return jdbc.sql("""
                update extension_request set status = :status, decision_comment = :reason, decided_at = :closedAt
                 where assignment_id = :assignmentId and status = 'PENDING'
                   and (:all or finding_id is not distinct from cast(:findingId as uuid))""")
                .param("assignmentId", assignmentId)
                .param("findingId", findingId, Types.OTHER)
                .param("all", all)
                .param("status", status.name())
                .param("reason", reason)
                .param("closedAt", Timestamp.from(closedAt))
                .update();
    }

    void saveDecision(ExtensionRequest decided) {
        jdbc.sql("""
                update extension_request
                   set status = :status, granted_due_date = :granted, decision_comment = :comment,
                       decided_by = cast(:decidedBy as jsonb), decided_at = :decidedAt
                 where id = :id""")
                .param("id", decided.id())
                .param("status", decided.status().name())
                .param("granted", decided.grantedDueDate(), Types.DATE)
                .param("comment", decided.decisionComment(), Types.VARCHAR)
                .param("decidedBy", json.write(decided.decidedBy()))
                .param("decidedAt", Timestamp.from(decided.decidedAt()))
                .update();
    }

    private ExtensionRequest request(ResultSet rs, int row) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new ExtensionRequest(rs.getObject("id", UUID.class), rs.getObject("assignment_id", UUID.class),
                rs.getObject("campaign_id", UUID.class), rs.getString("department_code"),
                rs.getObject("finding_id", UUID.class), rs.getObject("current_due_date", LocalDate.class),
                rs.getObject("requested_due_date", LocalDate.class), rs.getString("reason"),
                json.read(rs.getString("requester"), Actor.class), rs.getTimestamp("requested_at").toInstant(),
                ExtensionStatus.valueOf(rs.getString("status")), rs.getObject("granted_due_date", LocalDate.class),
                rs.getString("decision_comment"), json.read(rs.getString("decided_by"), Actor.class),
                decidedAt == null ? null : decidedAt.toInstant());
    }
}
