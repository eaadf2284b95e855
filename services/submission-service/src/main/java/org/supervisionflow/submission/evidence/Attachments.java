package org.supervisionflow.submission.evidence;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.tika.Tika;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.submission.rectification.RectificationAnswering;
import org.supervisionflow.submission.report.Actors;
import org.supervisionflow.submission.report.Drafting;
import org.supervisionflow.submission.report.ReportLookup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Attaches evidence to a section (while the report is open for drafting) or to a finding's answer (while it is
 * open), for the report's own department; lists and streams it back to whoever may read the report. The type
 * is what Tika detects in the bytes, and only the document and image types reports cite are accepted, so no
 * HTML or executable is ever stored.
 */
@Service
@EnableConfigurationProperties(EvidenceProperties.class)
public class Attachments {

    private static final Text REPORT = Text.of("报告", "Report");
    private static final Text EVIDENCE = Text.of("佐证材料", "Evidence");
    private static final Set<String> ACCEPTED = Set.of(
            "application/pdf", "image/jpeg", "image/png", "image/gif", "image/tiff", "image/bmp", "text/plain",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/x-tika-msoffice", "application/x-tika-ooxml", "application/ofd", "application/zip");
    private static final String COLUMNS = """
            id, report_id, section_id, finding_id, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by""";

    private final EvidenceStore store;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Drafting drafting;
    private final RectificationAnswering rectifications;
    private final ReportLookup reports;
    private final EvidenceProperties properties;
    private final Clock clock;
    private final Tika tika = new Tika();

    Attachments(EvidenceStore store, JdbcClient jdbc, ObjectMapper json, Drafting drafting,
            RectificationAnswering rectifications, ReportLookup reports, EvidenceProperties properties, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.json = json;
        this.drafting = drafting;
        this.rectifications = rectifications;
        this.reports = reports;
        this.properties = properties;
        this.clock = clock;
    }

    /** Attaches a file to a section of the caller's department's report while it is open for drafting. */
    @Transactional
    public Evidence attachToSection(UUID reportId, UUID sectionId, String fileName, InputStream content,
            CurrentUser user) throws IOException {
        String department = drafting.requireDraftable(reportId, sectionId, user);
        return attach(reportId, sectionId, null, department, fileName, content, user);
    }

    /** Attaches a file to the answer of a finding while it is open for an answer. */
    @Transactional
    public Evidence attachToRectification(UUID reportId, UUID findingId, String fileName, InputStream content,
            CurrentUser user) throws IOException {
        String department = rectifications.requireAnswerable(reportId, findingId, user);
        return attach(reportId, null, findingId, department, fileName, content, user);
    }

    /** The report's evidence, oldest first, if the caller may see the report. */
    @Transactional(readOnly = true)
    public List<Evidence> ofReport(UUID reportId, CurrentUser user) {
        requireVisible(reportId, user);
        return jdbc.sql("select " + COLUMNS + " from evidence where report_id = ? order by uploaded_at, id")
                .param(reportId)
                .query((rs, row) -> evidence(rs))
                .list();
    }

    /** Streams one attachment: {@code head} gets its description before the first byte is written. */
    @Transactional(readOnly = true)
    public void download(UUID reportId, UUID evidenceId, CurrentUser user, Consumer<Evidence> head,
            OutputStream out) throws IOException {
        Evidence evidence = find(reportId, evidenceId, user)
                .orElseThrow(() -> ProblemException.notFound(EVIDENCE, evidenceId));
        long oid = jdbc.sql("select content_oid from evidence where id = ?").param(evidenceId).query(Long.class)
                .single();
        head.accept(evidence);
        store.copyTo(oid, out);
    }

    /** Whether the attachment exists in the report and the caller may see it. */
    @Transactional(readOnly = true)
    public Optional<Evidence> find(UUID reportId, UUID evidenceId, CurrentUser user) {
        requireVisible(reportId, user);
        return jdbc.sql("select " + COLUMNS + " from evidence where id = ? and report_id = ?")
                .param(evidenceId).param(reportId)
                .query((rs, row) -> evidence(rs))
                .optional();
    }

    private Evidence attach(UUID reportId, UUID sectionId, UUID findingId, String department, String fileName,
            InputStream content, CurrentUser user) throws IOException {
        String name = cleanName(fileName);
        BufferedInputStream buffered = new BufferedInputStream(content);
        String type = tika.detect(buffered, name);
        if (!ACCEPTED.contains(type)) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "evidence-type-not-accepted",
                    Text.of("不支持的文件类型", "File type not accepted"),
                    Text.of("文件内容为 " + type + "，佐证材料只接受PDF、图片、Office文档、OFD、ZIP和纯文本。",
                            "The file's content is " + type
                                    + "; evidence must be PDF, an image, an Office document, OFD, ZIP or plain text."),
                    Map.of("detectedType", type));
        }
        MessageDigest sha256 = sha256();
        LimitedInputStream limited = new LimitedInputStream(new DigestInputStream(buffered, sha256),
                properties.maxSize());
        long oid = store.store(limited);
        Actor uploader = Actors.drafter(user);
        Evidence evidence = new Evidence(UUID.randomUUID(), reportId, sectionId, findingId, name, type,
                limited.count(), HexFormat.of().formatHex(sha256.digest()), clock.instant(), uploader);
        jdbc.sql("""
                insert into evidence (id, report_id, section_id, finding_id, department_code, file_name, content_type,
                    size_bytes, sha256, content_oid, uploaded_at, uploaded_by)
                values (:id, :reportId, :sectionId, :findingId, :department, :fileName, :contentType, :size, :sha256,
                    :oid, :uploadedAt, cast(:uploadedBy as jsonb))""")
                .param("id", evidence.id())
                .param("reportId", reportId)
                .param("sectionId", sectionId, Types.OTHER)
                .param("findingId", findingId, Types.OTHER)
                .param("department", department)
                .param("fileName", name)
                .param("contentType", type)
                .param("size", evidence.sizeBytes())
                .param("sha256", evidence.sha256())
                .param("oid", oid)
                .param("uploadedAt", OffsetDateTime.ofInstant(evidence.uploadedAt(), ZoneOffset.UTC))
                .param("uploadedBy", write(uploader))
                .update();
        return evidence;
    }

    private void requireVisible(UUID reportId, CurrentUser user) {
        if (reports.workspace(reportId, user).isEmpty()) {
            throw ProblemException.notFound(REPORT, reportId);
        }
    }

    /** The name without any path a browser may send along; control characters dropped. */
    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            throw ProblemException.unprocessable("evidence-without-name",
                    Text.of("上传的文件没有文件名。", "The uploaded file has no name."));
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private Evidence evidence(ResultSet rs) throws SQLException {
        return new Evidence(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class),
                rs.getObject("section_id", UUID.class), rs.getObject("finding_id", UUID.class),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
                read(rs.getString("uploaded_by")));
    }

    private String write(Actor actor) {
        try {
            return json.writeValueAsString(actor);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Actor read(String text) {
        try {
            return json.readValue(text, Actor.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the bytes read and refuses (413) once they pass the limit, whatever the request claimed. */
    private static final class LimitedInputStream extends FilterInputStream {

        private final DataSize limit;
        private long count;

        LimitedInputStream(InputStream in, DataSize limit) {
            super(in);
            this.limit = limit;
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0) {
                counted(1);
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(long bytes) {
            count += bytes;
            if (count > limit.toBytes()) {
                throw new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, "evidence-too-large",
                        Text.of("文件过大", "File too large"),
                        Text.of("佐证材料不能超过 " + limit + "。", "Evidence may not exceed " + limit + "."),
                        Map.of("maxBytes", limit.toBytes()));
            }
        }
    }
}
