package org.supervisionflow.submission.document.web;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.submission.document.ReportDocuments;
import org.supervisionflow.platform.web.Downloads;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A submitted version as a Word or PDF document, for whoever may read the version. */
@RestController
@PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
@Tag(name = "reports", description = "自查报告: department users see their own department's, office roles every department's")
class DocumentController {

    private final ReportDocuments documents;

    DocumentController(ReportDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/reports/{id}/versions/{number}/document.docx")
    @Operation(summary = "报告文档 / Version n as .docx in the official layout: title, 文号, sections with figure tables, contact")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = ReportDocuments.DOCX))
    @ApiResponse(responseCode = "404", description = "No such version, or another department's report")
    ResponseEntity<byte[]> word(@PathVariable UUID id, @PathVariable int number, CurrentUser user) {
        return download(documents.word(id, number, user));
    }

    @GetMapping("/api/reports/{id}/versions/{number}/document.pdf")
    @Operation(summary = "报告文档 PDF / Version n as PDF in the same layout and words as the .docx, CJK font embedded")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    @ApiResponse(responseCode = "404", description = "No such version, or another department's report")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable int number, CurrentUser user) {
        return download(documents.pdf(id, number, user));
    }

    private static ResponseEntity<byte[]> download(ReportDocuments.Document document) {
        return Downloads.attachment(document.content(), MediaType.parseMediaType(document.mediaType()),
                document.fileName());
    }
}
