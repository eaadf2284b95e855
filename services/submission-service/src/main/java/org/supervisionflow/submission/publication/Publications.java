package org.supervisionflow.submission.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.supervisionflow.submission.report.VersionContent;

/** The publication rows of accepted annual reports, and the public's view of the published ones. */
@Repository
class Publications {

    private static final String PUBLISHED_COLUMNS = """
            select r.id, r.department_code, r.department_name, r.campaign_title, r.period, p.accepted_version,
                   p.published_on
            """;

    private final JdbcClient jdbc;
    private final Rows rows;

    Publications(JdbcClient jdbc, Rows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /**
     * Records the latest submitted version of the assignment's annual report as accepted. The first acceptance
     * stands; a report of another kind, one not here or one never submitted gets no row.
     *
     * @return whether a row was added
     */
    boolean addAccepted(UUID assignmentId, Instant acceptedAt) {
        return jdbc.sql("""
                insert into report_publication (report_id, accepted_version, accepted_at)
                select r.id, v.number, :acceptedAt
                  from report r
                  join lateral (select max(number) as number from report_version where report_id = r.id) v
                    on v.number is not null
                 where r.assignment_id = :assignmentId and r.campaign_kind = 'ANNUAL_REPORT'
                on conflict (report_id) do nothing""")
                .param("assignmentId", assignmentId)
                .param("acceptedAt", OffsetDateTime.ofInstant(acceptedAt, ZoneOffset.UTC))
                .update() == 1;
    }

    Optional<Publication> find(UUID reportId) {
        return jdbc.sql("select * from report_publication where report_id = :reportId")
                .param("reportId", reportId).query(this::publication).optional();
    }

    /** The report's publication row, locked until the transaction ends, so two clicks publish once. */
    Optional<Publication> lock(UUID reportId) {
        return jdbc.sql("select * from report_publication where report_id = :reportId for update")
                .param("reportId", reportId).query(this::publication).optional();
    }

    void publish(UUID reportId, Actor reviewer, String statement, LocalDate publishedOn, Instant at) {
        jdbc.sql("""
                update report_publication
                   set secrecy_reviewer = cast(:reviewer as jsonb), secrecy_review_statement = :statement,
                       secrecy_reviewed_at = :at, published_on = :publishedOn, publisher = cast(:reviewer as jsonb),
                       published_at = :at
                 where report_id = :reportId and published_on is null""")
                .param("reportId", reportId)
                .param("reviewer", rows.write(reviewer))
                .param("statement", statement)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("publishedOn", publishedOn)
                .update();
    }

    /** Every published report, newest publication first. */
    List<PublishedReport> published() {
        return jdbc.sql(PUBLISHED_COLUMNS + """
                  from report_publication p join report r on r.id = p.report_id
                 where p.published_on is not null
                 order by p.published_on desc, r.department_name""")
                .query(this::publishedReport).list();
    }

    /** The published report with its accepted version's content; nothing for a report not published. */
    Optional<PublishedContent> publishedContent(UUID reportId) {
        return jdbc.sql(PUBLISHED_COLUMNS + """
                , v.content
                  from report_publication p join report r on r.id = p.report_id
                  join report_version v on v.report_id = p.report_id and v.number = p.accepted_version
                 where p.published_on is not null and p.report_id = :reportId""")
                .param("reportId", reportId)
                .query((rs, row) -> new PublishedContent(publishedReport(rs, row),
                        rows.read(rs.getString("content"), VersionContent.class)))
                .optional();
    }

    private PublishedReport publishedReport(ResultSet rs, int row) throws SQLException {
        return new PublishedReport(rs.getObject("id", UUID.class), rs.getString("department_code"),
                rs.getString("department_name"), rs.getString("campaign_title"), rs.getString("period"),
                rs.getInt("accepted_version"), rs.getObject("published_on", LocalDate.class));
    }

    private Publication publication(ResultSet rs, int row) throws SQLException {
        return new Publication(rs.getObject("report_id", UUID.class), rs.getInt("accepted_version"),
                instant(rs, "accepted_at"), rows.read(rs.getString("secrecy_reviewer"), Actor.class),
                rs.getString("secrecy_review_statement"), instant(rs, "secrecy_reviewed_at"),
                rs.getObject("published_on", LocalDate.class), rows.read(rs.getString("publisher"), Actor.class),
                instant(rs, "published_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
