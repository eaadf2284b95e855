package org.supervisionflow.review.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supervisionflow.contracts.Actor;

/** The stored verifications; callers reach them through a finding they may see. */
@Repository
class VerificationStore {

    private static final String COLUMNS = """
            id, finding_id, assignment_id, answer_id, answer_version, status, opened_at, reason, verified_by_username,
            verified_by_name, verified_at""";

    private final JdbcClient jdbc;

    VerificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Verification verification) {
        jdbc.sql("""
                insert into verification (id, finding_id, assignment_id, answer_id, answer_version, status, opened_at)
                values (:id, :findingId, :assignmentId, :answerId, :answerVersion, :status, :openedAt)""")
                .param("id", verification.id())
                .param("findingId", verification.findingId())
                .param("assignmentId", verification.assignmentId())
                .param("answerId", verification.answerId())
                .param("answerVersion", verification.answerVersion())
                .param("status", verification.status().name())
                .param("openedAt", timestamp(verification.openedAt()))
                .update();
    }

    /** Every answer to the finding in the order they arrived. */
    List<Verification> ofFinding(UUID findingId) {
        return jdbc.sql("select " + COLUMNS + " from verification where finding_id = :findingId order by opened_at, answer_version")
                .param("findingId", findingId)
                .query(VerificationStore::verification)
                .list();
    }

    Optional<Verification> pending(UUID findingId) {
        return jdbc.sql("select " + COLUMNS + " from verification where finding_id = :findingId and status = 'PENDING'")
                .param("findingId", findingId)
                .query(VerificationStore::verification)
                .optional();
    }

    void supersede(UUID id) {
        jdbc.sql("update verification set status = 'SUPERSEDED' where id = :id").param("id", id).update();
    }

    void conclude(UUID id, VerificationStatus status, String reason, Actor auditor, Instant at) {
        jdbc.sql("""
                update verification
                   set status = :status, reason = :reason, verified_by_id = :userId, verified_by_username = :username,
                       verified_by_name = :name, verified_at = :at
                 where id = :id""")
                .param("id", id)
                .param("status", status.name())
                .param("reason", reason, Types.VARCHAR)
                .param("userId", auditor.userId())
                .param("username", auditor.username())
                .param("name", auditor.displayName())
                .param("at", timestamp(at))
                .update();
    }

    private static Verification verification(ResultSet rs, int row) throws SQLException {
        OffsetDateTime verifiedAt = rs.getObject("verified_at", OffsetDateTime.class);
        return new Verification(
                rs.getObject("id", UUID.class),
                rs.getObject("finding_id", UUID.class),
                rs.getObject("assignment_id", UUID.class),
                rs.getObject("answer_id", UUID.class),
                rs.getInt("answer_version"),
                VerificationStatus.valueOf(rs.getString("status")),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                rs.getString("reason"),
                rs.getString("verified_by_username"),
                rs.getString("verified_by_name"),
                verifiedAt == null ? null : verifiedAt.toInstant());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
