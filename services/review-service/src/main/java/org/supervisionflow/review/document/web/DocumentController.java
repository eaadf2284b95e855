package org.supervisionflow.review.document.web;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.review.document.Documents;
import org.supervisionflow.platform.web.Downloads;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The review opinion and the rectification notice as PDF, for whoever may read the review or the finding. */
@RestController
@PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
@Tag(name = "documents", description = "文书: 审核意见书 and 整改通知书 as PDF with an embedded CJK font")
class DocumentController {

    private final Documents documents;

    DocumentController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/api/reviews/{id}/opinion")
    @Operation(summary = "The decided review's opinion (审核意见书) as PDF")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    @ApiResponse(responseCode = "404", description = "No such review, another department's, or (for a department) not yet decided")
    @ApiResponse(responseCode = "409", description = "The review is not decided yet")
    ResponseEntity<byte[]> opinion(@PathVariable UUID id, CurrentUser user) {
        return pdf(documents.reviewOpinion(id, user));
    }

    @GetMapping("/api/findings/{id}/notice")
    @Operation(summary = "The finding's rectification notice (整改通知书) as PDF, with the deadline in force")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    @ApiResponse(responseCode = "404", description = "No such finding, or another department's")
    ResponseEntity<byte[]> notice(@PathVariable UUID id, CurrentUser user) {
        return pdf(documents.rectificationNotice(id, user));
    }

    private static ResponseEntity<byte[]> pdf(Documents.Pdf pdf) {
        return Downloads.inline(pdf.content(), MediaType.APPLICATION_PDF, pdf.fileName());
    }
}
