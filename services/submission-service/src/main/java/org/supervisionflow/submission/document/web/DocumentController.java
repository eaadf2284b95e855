package org.supervisionflow.submission.document.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.submission.document.ReportDocument;
import org.supervisionflow.submission.report.Report;
import org.supervisionflow.submission.report.ReportLookup;
import org.supervisionflow.submission.report.SubmittedVersion;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A submitted version as a Word document, for whoever may read the version. */
@RestController
@PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
@Tag(name = "reports", description = "自查报告: department users see their own department's, office roles every department's")
class DocumentController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Text VERSION = Text.of("报告版本", "Report version");

    private final ReportLookup lookup;
    private final Clock clock;

    DocumentController(ReportLookup lookup, Clock clock) {
        this.lookup = lookup;
        this.clock = clock;
    }

    @GetMapping("/api/reports/{id}/versions/{number}/document.docx")
    @Operation(summary = "报告文档 / Version n as .docx in the official layout: title, 文号, sections with figure tables, contact")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = DOCX))
    @ApiResponse(responseCode = "404", description = "No such version, or another department's report")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable int number, CurrentUser user) {
        SubmittedVersion version = lookup.version(id, number, user)
                .orElseThrow(() -> ProblemException.notFound(VERSION, id + " v" + number));
        Report report = lookup.workspace(id, user).orElseThrow().report();
        String name = report.departmentName() + report.campaign().title() + "（第" + number + "版）.docx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(ReportDocument.write(report, version, clock.getZone()));
    }
}
