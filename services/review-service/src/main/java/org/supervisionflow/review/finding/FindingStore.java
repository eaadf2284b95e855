package org.supervisionflow.review.finding;

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
import org.supervisionflow.contracts.FindingSeverity;

/** The stored findings; every read takes the caller's department scope (empty = every department) into its SQL. */
@Repository
class FindingStore {

    private static final String COLUMNS = """
            id, notice_number, review_id, assignment_id, report_id, report_version, campaign_title, department_code,
            department_name, indicator_id, indicator_code, indicator_title, severity, description, required_measures,
            deadline, original_deadline, deadline_moved_at, status, issued_at, closed_at""";

    private final JdbcClient jdbc;

    FindingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Finding finding) {
        jdbc.sql("""
                insert into finding (id, notice_number, review_id, assignment_id, report_id, report_version,
                    campaign_title, department_code, department_name, indicator_id, indicator_code, indicator_title,
                    severity, description, required_measures, deadline, original_deadline, status, issued_at)
                values (:id, :noticeNumber, :reviewId, :assignmentId, :reportId, :reportVersion, :campaignTitle,
                    :departmentCode, :departmentName, :indicatorId, :indicatorCode, :indicatorTitle, :severity,
                    :description, :requiredMeasures, :deadline, :deadline, :status, :issuedAt)""")
                .param("id", finding.id())
                .param("noticeNumber", finding.noticeNumber())
                .param("reviewId", finding.reviewId())
                .param("assignmentId", finding.assignmentId())
                .param("reportId", finding.reportId())
                .param("reportVersion", finding.reportVersion())
                .param("campaignTitle", finding.campaignTitle())
                .param("departmentCode", finding.departmentCode())
                .param("departmentName", finding.departmentName())
                .param("indicatorId", finding.indicatorId())
                .param("indicatorCode", finding.indicatorCode())
                .param("indicatorTitle", finding.indicatorTitle())
                .param("severity", finding.severity().name())
                .param("description", finding.description())
                .param("requiredMeasures", finding.requiredMeasures())
                .param("deadline", finding.deadline())
                .param("status", finding.status().name())
                .param("issuedAt", OffsetDateTime.ofInstant(finding.issuedAt(), ZoneOffset.UTC))
                .update();
    }

    Optional<Finding> find(UUID id, Optional<String> departmentScope) {
        return jdbc.sql("select " + COLUMNS + """
                 from finding
                where id = :id
                  and (cast(:scope as text) is null or department_code = :scope)""")
                .param("id", id)
                .param("scope", departmentScope.orElse(null), Types.VARCHAR)
                .query(FindingStore::finding)
                .optional();
    }

    Optional<Finding> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from finding where id = :id for update")
                .param("id", id)
                .query(FindingStore::finding)
                .optional();
    }

    List<Finding> list(Optional<String> departmentScope, Optional<UUID> assignmentId, Optional<UUID> reviewId,
            Optional<FindingStatus> status) {
        return jdbc.sql("select " + COLUMNS + """
                 from finding
                where (cast(:scope as text) is null or department_code = :scope)
                  and (cast(:assignmentId as uuid) is null or assignment_id = :assignmentId)
                  and (cast(:reviewId as uuid) is null or review_id = :reviewId)
                  and (cast(:status as text) is null or status = :status)
                order by notice_number""")
                .param("scope", departmentScope.orElse(null), Types.VARCHAR)
                .param("assignmentId", assignmentId.orElse(null), Types.OTHER)
                .param("reviewId", reviewId.orElse(null), Types.OTHER)
                .param("status", status.map(Enum::name).orElse(null), Types.VARCHAR)
                .query(FindingStore::finding)
                .list();
    }

    void changeStatus(UUID id, FindingStatus status, Instant at) {
        jdbc.sql("update finding set status = :status, closed_at = :closedAt where id = :id")
                .param("id", id)
                .param("status", status.name())
                .param("closedAt", status == FindingStatus.CLOSED ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : null,
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
    }

    /**
     * Moves the deadline unless a grant that happened later was applied already.
     *
     * @return whether the deadline moved
     */
    boolean moveDeadline(UUID id, LocalDate deadline, Instant grantedAt) {
        return jdbc.sql("""
                update finding set deadline = :deadline, deadline_moved_at = :grantedAt
                 where id = :id and (deadline_moved_at is null or deadline_moved_at < :grantedAt)""")
                .param("id", id)
                .param("deadline", deadline)
                .param("grantedAt", OffsetDateTime.ofInstant(grantedAt, ZoneOffset.UTC))
                .update() == 1;
    }

    private static Finding finding(ResultSet rs, int row) throws SQLException {
        OffsetDateTime closedAt = rs.getObject("closed_at", OffsetDateTime.class);
        return new Finding(
                rs.getObject("id", UUID.class),
                rs.getString("notice_number"),
                rs.getObject("review_id", UUID.class),
                rs.getObject("assignment_id", UUID.class),
                rs.getObject("report_id", UUID.class),
                rs.getInt("report_version"),
                rs.getString("campaign_title"),
                rs.getString("department_code"),
                rs.getString("department_name"),
                rs.getObject("indicator_id", UUID.class),
                rs.getString("indicator_code"),
                rs.getString("indicator_title"),
                FindingSeverity.valueOf(rs.getString("severity")),
                rs.getString("description"),
                rs.getString("required_measures"),
                rs.getObject("deadline", LocalDate.class),
                rs.getObject("original_deadline", LocalDate.class),
                Optional.ofNullable(rs.getObject("deadline_moved_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                        .orElse(null),
                FindingStatus.valueOf(rs.getString("status")),
                rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                closedAt == null ? null : closedAt.toInstant());
    }
}
