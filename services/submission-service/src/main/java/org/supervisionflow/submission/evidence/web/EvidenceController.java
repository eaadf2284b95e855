package org.supervisionflow.submission.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.submission.evidence.Attachments;
import org.supervisionflow.submission.evidence.Evidence;
import org.supervisionflow.platform.web.Downloads;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Evidence attachments: the report's own department uploads them to a section or a finding's answer while
 * those are open; everyone who may read the report lists and downloads them.
 */
@RestController
@RequestMapping("/api/reports/{id}")
@Tag(name = "evidence", description = "佐证材料: streamed uploads and downloads, type detected from the bytes, SHA-256 recorded")
class EvidenceController {

    private final Attachments attachments;

    EvidenceController(Attachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(path = "/sections/{sectionId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('dept-submitter', 'dept-leader')")
    @Operation(summary = "Attach a file to a section while the report is open for drafting")
    @ApiResponse(responseCode = "409", description = "The report is not open for drafting")
    @ApiResponse(responseCode = "413", description = "Larger than the configured limit (50 MB by default)")
    @ApiResponse(responseCode = "415", description = "The file's content is not an accepted type")
    Evidence attachToSection(@PathVariable UUID id, @PathVariable UUID sectionId, @RequestPart("file") MultipartFile file,
            CurrentUser user) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return attachments.attachToSection(id, sectionId, file.getOriginalFilename(), content, user);
        }
    }

    @PostMapping(path = "/rectifications/{findingId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('dept-submitter', 'dept-leader')")
    @Operation(summary = "Attach a file to the answer of a finding while it is open for an answer")
    @ApiResponse(responseCode = "409", description = "The rectification is not open for an answer")
    @ApiResponse(responseCode = "413", description = "Larger than the configured limit (50 MB by default)")
    @ApiResponse(responseCode = "415", description = "The file's content is not an accepted type")
    Evidence attachToRectification(@PathVariable UUID id, @PathVariable UUID findingId,
            @RequestPart("file") MultipartFile file, CurrentUser user) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return attachments.attachToRectification(id, findingId, file.getOriginalFilename(), content, user);
        }
    }

    @GetMapping("/evidence")
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
    @Operation(summary = "The report's evidence, oldest first, each with its section or finding, type, size and SHA-256")
    @ApiResponse(responseCode = "404", description = "No such report, or another department's")
    List<Evidence> list(@PathVariable UUID id, CurrentUser user) {
        return attachments.ofReport(id, user);
    }

    @GetMapping("/evidence/{evidenceId}")
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
    @Operation(summary = "Download an attachment (always as an attachment; the file name in RFC 5987 form)")
    @ApiResponse(responseCode = "404", description = "No such attachment, or another department's report")
    void download(@PathVariable UUID id, @PathVariable UUID evidenceId, CurrentUser user, HttpServletResponse response)
            throws IOException {
        attachments.download(id, evidenceId, user, evidence -> {
            response.setContentType(evidence.contentType());
            response.setContentLengthLong(evidence.sizeBytes());
            // Never rendered inline: even an accepted type is the department's file, not our page.
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachmentHeader(evidence.fileName()));
            response.setHeader("X-Content-SHA256", evidence.sha256());
        }, response.getOutputStream());
    }
}
