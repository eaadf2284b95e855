package org.supervisionflow.submission.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.contracts.FindingSeverity;
import org.supervisionflow.contracts.command.OpenRectification;
import org.supervisionflow.submission.rectification.RectificationCommands;
import org.supervisionflow.submission.report.OpenReportCommandsAccess;
import org.supervisionflow.submission.report.Report;
import org.supervisionflow.submission.report.ReportOpening;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/** Evidence attachments: upload, type check, size limit, hash, download with the Chinese name, and who may. */
@EmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceIntegrationTest {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final String PDF_NAME = "出庭应诉登记表（2025年）.pdf";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ReportOpening opening;

    @Autowired
    RectificationCommands rectifications;

    private Report report;
    private String sectionUpload;
    private String evidence;

    @BeforeEach
    void openMinzhengsReport() {
        report = opening.open(OpenReportCommandsAccess.openReport("minzheng"))
                .orElseThrow();
        sectionUpload = "/api/reports/" + report.id() + "/sections/" + report.sections().get(2).id() + "/evidence";
        evidence = "/api/reports/" + report.id() + "/evidence";
    }

    @Test
    void aPdfIsStoredWithItsHashAndDownloadedWithItsChineseName() throws Exception {
        JsonNode uploaded = body(upload(sectionUpload, TestTokens.submitter("minzheng"), PDF_NAME, PDF));

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(uploaded.get("fileName").asText()).isEqualTo(PDF_NAME);
        assertThat(uploaded.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(uploaded.get("sizeBytes").asLong()).isEqualTo(PDF.length);
        assertThat(uploaded.get("sha256").asText()).isEqualTo(sha256);
        assertThat(uploaded.get("sectionId").asText()).isEqualTo(report.sections().get(2).id().toString());
        assertThat(uploaded.at("/uploadedBy/username").asText()).isEqualTo("submitter-minzheng");

        JsonNode listed = body(get(evidence, TestTokens.auditor()));
        assertThat(listed).hasSize(1);
        assertThat(listed.at("/0/sha256").asText()).isEqualTo(sha256);

        ResponseEntity<byte[]> download = http.exchange(evidence + "/" + uploaded.get("id").asText(), HttpMethod.GET,
                new HttpEntity<>(TestTokens.headers(TestTokens.viewer())), byte[].class);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getBody()).isEqualTo(PDF);
        assertThat(download.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        String disposition = download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment").contains("filename*=UTF-8''"
                + "%E5%87%BA%E5%BA%AD%E5%BA%94%E8%AF%89%E7%99%BB%E8%AE%B0%E8%A1%A8");
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo(PDF_NAME);
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theTypeComesFromTheBytesSoAWebPageNamedPdfIsRefused() {
        byte[] page = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);

        ResponseEntity<JsonNode> response = upload(sectionUpload, TestTokens.submitter("minzheng"), "报告.pdf", page);

        assertThat(response.getStatusCode().value()).isEqualTo(415);
        assertThat(response.getBody().get("code").asText()).isEqualTo("evidence-type-not-accepted");
        assertThat(response.getBody().get("detectedType").asText()).isEqualTo("text/html");
        assertThat(body(get(evidence, TestTokens.auditor()))).isEmpty();
    }

    @Test
    void aFileLargerThanTheConfiguredLimitIsRefusedWhileItStreamsIn() {
        byte[] large = Arrays.copyOf(PDF, 100 * 1024);

        ResponseEntity<JsonNode> response = upload(sectionUpload, TestTokens.submitter("minzheng"), "大文件.pdf", large);

        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertThat(response.getBody().get("code").asText()).isEqualTo("evidence-too-large");
        assertThat(response.getBody().get("maxBytes").asLong()).isEqualTo(64 * 1024);
        assertThat(body(get(evidence, TestTokens.auditor()))).isEmpty();
    }

    @Test
    void aFileOverTheMultipartLimitIsRefusedBeforeItReachesTheService() {
        ResponseEntity<JsonNode> response = upload(sectionUpload, TestTokens.submitter("minzheng"), "超大.pdf",
                Arrays.copyOf(PDF, 1536 * 1024));

        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertThat(body(get(evidence, TestTokens.auditor()))).isEmpty();
    }

    @Test
    void nothingIsAttachedOnceTheDraftWentToTheLeader() {
        body(http.exchange("/api/reports/" + report.id() + "/send-for-approval", HttpMethod.POST,
                new HttpEntity<>(TestTokens.headers(TestTokens.submitter("minzheng"))), JsonNode.class));

        ResponseEntity<JsonNode> response = upload(sectionUpload, TestTokens.submitter("minzheng"), PDF_NAME, PDF);

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().get("code").asText()).isEqualTo("report-not-editable");
    }

    @Test
    void aRectificationAnswerTakesEvidenceToo() {
        UUID findingId = UUID.randomUUID();
        rectifications.open(new OpenRectification(UUID.randomUUID(), report.assignmentId(), Instant.now(), report.id(),
                new FindingNotice(findingId, "民政督整〔2026〕9号", null, FindingSeverity.GENERAL, "台账不全", "补齐台账",
                        LocalDate.of(2026, 6, 30))));
        byte[] ledger = "整改台账：已补齐2025年度全部审核记录。".getBytes(StandardCharsets.UTF_8);

        JsonNode uploaded = body(upload("/api/reports/" + report.id() + "/rectifications/" + findingId + "/evidence",
                TestTokens.leader("minzheng"), "整改台账.txt", ledger));

        assertThat(uploaded.get("findingId").asText()).isEqualTo(findingId.toString());
        assertThat(uploaded.get("contentType").asText()).isEqualTo("text/plain");
        assertThat(uploaded.has("sectionId")).isFalse();
    }

    static Stream<Arguments> callers() {
        return Stream.of(
                // caller, token, upload, read
                Arguments.of("own dept-submitter", TestTokens.submitter("minzheng"), 200, 200),
                Arguments.of("own dept-leader", TestTokens.leader("minzheng"), 200, 200),
                Arguments.of("other dept-submitter", TestTokens.submitter("sifa"), 404, 404),
                Arguments.of("other dept-leader", TestTokens.leader("sifa"), 404, 404),
                Arguments.of("office-admin", TestTokens.officeAdmin(), 403, 200),
                Arguments.of("auditor", TestTokens.auditor(), 403, 200),
                Arguments.of("viewer", TestTokens.viewer(), 403, 200),
                Arguments.of("no role", TestTokens.token("stranger", "无角色", List.of(), "minzheng"), 403, 403),
                Arguments.of("anonymous", null, 401, 401));
    }

    @ParameterizedTest(name = "{0}: upload {2}, list/download {3}")
    @MethodSource("callers")
    void onlyTheOwnDepartmentUploadsAndOnlyThoseWhoSeeTheReportRead(String caller, String token, int upload,
            int read) {
        String id = body(upload(sectionUpload, TestTokens.submitter("minzheng"), PDF_NAME, PDF)).get("id").asText();

        assertThat(upload(sectionUpload, token, PDF_NAME, PDF).getStatusCode().value()).as("upload").isEqualTo(upload);
        assertThat(get(evidence, token).getStatusCode().value()).as("list").isEqualTo(read);
        HttpHeaders headers = token == null ? new HttpHeaders() : TestTokens.headers(token);
        assertThat(http.exchange(evidence + "/" + id, HttpMethod.GET, new HttpEntity<>(headers), byte[].class)
                .getStatusCode().value()).as("download").isEqualTo(read);
    }

    @Test
    void anAttachmentOfAnotherReportIsNotFound() {
        Report other = opening.open(OpenReportCommandsAccess.openReport("minzheng"))
                .orElseThrow();
        String id = body(upload("/api/reports/" + other.id() + "/sections/" + other.sections().get(0).id() + "/evidence",
                TestTokens.submitter("minzheng"), PDF_NAME, PDF)).get("id").asText();

        assertThat(http.exchange(evidence + "/" + id, HttpMethod.GET,
                new HttpEntity<>(TestTokens.headers(TestTokens.auditor())), byte[].class).getStatusCode().value())
                .isEqualTo(404);
    }

    /** A multipart body as a browser sends it: the file name raw in UTF-8. */
    private ResponseEntity<JsonNode> upload(String path, String token, String fileName, byte[] content) {
        String boundary = "----evidence" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpHeaders headers = token == null ? new HttpHeaders() : TestTokens.headers(token);
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary));
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body.toByteArray(), headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String path, String token) {
        HttpHeaders headers = token == null ? new HttpHeaders() : TestTokens.headers(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static JsonNode body(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(200);
        return response.getBody();
    }
}
