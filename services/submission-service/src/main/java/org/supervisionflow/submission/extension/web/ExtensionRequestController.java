package org.supervisionflow.submission.extension.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.submission.extension.ExtensionAsk;
import org.supervisionflow.submission.extension.ExtensionRequest;
import org.supervisionflow.submission.extension.Extensions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * A report's extension requests (延期申请): the department's submitter or leader asks, every role reads them within
 * its department scope; the office decides in assignment-service.
 */
@RestController
@RequestMapping("/api/reports/{id}/extension-requests")
@Tag(name = "extension-requests", description = "延期申请: more time for a report or a finding's rectification")
class ExtensionRequestController {

    private final Extensions extensions;

    ExtensionRequestController(Extensions extensions) {
        this.extensions = extensions;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('dept-submitter', 'dept-leader')")
    @Operation(summary = "申请延期 / Ask for more time for the report's due date or, with findingId, a rectification deadline")
    @ApiResponse(responseCode = "201", description = "Filed; ExtensionRequested goes to the office")
    @ApiResponse(responseCode = "404", description = "No such report or finding, or another department's")
    @ApiResponse(responseCode = "409", description = "A request for this deadline is pending, or the work was handed in")
    @ApiResponse(responseCode = "422", description = "The date asked for is not after the current one, or in the past")
    ResponseEntity<ExtensionRequest> request(@PathVariable UUID id, @Valid @RequestBody ExtensionAsk ask,
            CurrentUser user) {
        ExtensionRequest request = extensions.request(id, ask, user);
        return ResponseEntity.created(URI.create("/api/reports/" + id + "/extension-requests/" + request.id()))
                .body(request);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
    @Operation(summary = "延期申请列表 / The report's extension requests, newest first, with the office's decision")
    @ApiResponse(responseCode = "404", description = "No such report, or another department's")
    List<ExtensionRequest> list(@PathVariable UUID id, CurrentUser user) {
        return extensions.ofReport(id, user);
    }
}
