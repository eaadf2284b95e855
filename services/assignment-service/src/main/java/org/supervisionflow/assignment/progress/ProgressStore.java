package org.supervisionflow.assignment.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supervisionflow.assignment.assignment.ReportScore;
import org.supervisionflow.contracts.EscalationTarget;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.WarningLevel;

/**
 * The reporting query behind the statistics: issued assignments of published (or closed) campaigns with their
 * campaign, its year (the period's, as {@code Campaign.yearOf} reads it, else the framework's), the department and the
 * review result projected on the assignment, read in one statement. Withdrawn ones count nowhere.
 */
@Repository
class ProgressStore {

    private final JdbcClient jdbc;

    ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raw rows; {@code onTime} and the owed-past-due part of {@code overdue} are judged by the caller's today. */
    List<Stored> rows(UUID campaignId, Integer year, String departmentCode) {
        return jdbc.sql("""
                select c.id as campaign_id, c.title, y.year, a.id as assignment_id, a.department_code, d.name,
                       a.stage, a.due_date, a.submitted_at, a.overdue, a.warning_level, a.escalated_to,
                       c.publication_due_date, a.published_on, """ + ReportScore.COLUMNS + """
                  from assignment a
                  join campaign c on c.id = a.campaign_id
                  join framework f on f.id = c.framework_id
                 cross join lateral (select coalesce(cast(substring(c.period from '[0-9]{4}') as integer), f.year) as year) y
                  join department d on d.code = a.department_code
                 where a.status = 'ISSUED' and c.status in ('PUBLISHED', 'CLOSED')
                   and (cast(:campaignId as uuid) is null or c.id = :campaignId)
                   and (cast(:year as integer) is null or y.year = :year)
                   and (cast(:department as text) is null or a.department_code = :department)
                 order by y.year, c.published_at, c.id, d.sort_order""")
                .param("campaignId", campaignId)
                .param("year", year)
                .param("department", departmentCode)
                .query((rs, row) -> {
                    Timestamp submittedAt = rs.getTimestamp("submitted_at");
                    String warning = rs.getString("warning_level");
                    String escalation = rs.getString("escalated_to");
                    return new Stored(rs.getObject("campaign_id", UUID.class), rs.getString("title"), rs.getInt("year"),
                            rs.getObject("assignment_id", UUID.class), rs.getString("department_code"),
                            rs.getString("name"), ReportStage.valueOf(rs.getString("stage")),
                            rs.getObject("due_date", LocalDate.class),
                            submittedAt == null ? null : submittedAt.toInstant(), rs.getBoolean("overdue"),
                            warning == null ? null : WarningLevel.valueOf(warning),
                            escalation == null ? null : EscalationTarget.valueOf(escalation),
                            rs.getObject("publication_due_date", LocalDate.class),
                            rs.getObject("published_on", LocalDate.class), ReportScore.read(rs));
                })
                .list();
    }

    /** A row as stored, before today's judgement. */
    record Stored(UUID campaignId, String title, int year, UUID assignmentId, String departmentCode, String departmentName,
            ReportStage stage, LocalDate dueDate, Instant submittedAt, boolean markedOverdue,
            WarningLevel warningLevel, EscalationTarget escalatedTo, LocalDate publicationDueDate,
            LocalDate publishedOn, ReportScore result) {
    }
}
