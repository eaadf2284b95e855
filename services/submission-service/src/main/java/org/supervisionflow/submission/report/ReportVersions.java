package org.supervisionflow.submission.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supervisionflow.contracts.Actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The submitted versions of reports; stored once, never changed (the database refuses updates and deletes). */
@Repository
class ReportVersions {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ReportVersions(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores the report as it stands as version {@code number}. */
    void add(Report report, int number, Instant submittedAt, Actor submitter, Actor approver) {
        jdbc.sql("""
                insert into report_version (report_id, number, submitted_at, submitter, approver, content)
                values (:reportId, :number, :submittedAt, cast(:submitter as jsonb), cast(:approver as jsonb),
                        cast(:content as jsonb))""")
                .param("reportId", report.id())
                .param("number", number)
                .param("submittedAt", OffsetDateTime.ofInstant(submittedAt, ZoneOffset.UTC))
                .param("submitter", write(submitter))
                .param("approver", write(approver))
                .param("content", write(VersionContent.of(report)))
                .update();
    }

    /** Every version of the report, oldest first, without content. */
    List<SubmittedVersion> list(UUID reportId) {
        return jdbc.sql("""
                select report_id, number, submitted_at, submitter, approver, null as content
                  from report_version where report_id = :reportId order by number""")
                .param("reportId", reportId)
                .query(this::version)
                .list();
    }

    Optional<SubmittedVersion> find(UUID reportId, int number) {
        return jdbc.sql("""
                select report_id, number, submitted_at, submitter, approver, content
                  from report_version where report_id = :reportId and number = :number""")
                .param("reportId", reportId)
                .param("number", number)
                .query(this::version)
                .optional();
    }

    private SubmittedVersion version(ResultSet rs, int row) throws SQLException {
        String content = rs.getString("content");
        return new SubmittedVersion(rs.getObject("report_id", UUID.class), rs.getInt("number"),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                read(rs.getString("submitter"), Actor.class), read(rs.getString("approver"), Actor.class),
                content == null ? null : read(content, VersionContent.class));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read " + type.getSimpleName(), e);
        }
    }
}
