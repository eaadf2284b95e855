package org.supervisionflow.submission.rectification.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.submission.rectification.Rectification;
import org.supervisionflow.submission.rectification.RectificationAnswering;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A report's rectifications (整改), one per finding: every role reads them within its department scope; the
 * department's submitter drafts the measures and sends them, its leader approves or rejects them.
 */
@RestController
@RequestMapping("/api/reports/{id}/rectifications")
@Tag(name = "rectifications", description = "整改: the department's answers to the auditors' findings")
class RectificationController {

    private final RectificationAnswering answering;

    RectificationController(RectificationAnswering answering) {
        this.answering = answering;
    }

    /** The measures as the drafter saves them. */
    record MeasuresRequest(
            @Schema(description = "The rectification's version the caller edited") @NotNull @PositiveOrZero Long version,
            @Schema(description = "整改措施, rich text (HTML); sanitized before it is stored") @NotNull
            @Size(max = 100_000) String measures) {
    }

    /** Why the leader sends the answer back. */
    record RejectRequest(@NotBlank @Size(max = 2000) String comment) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
    @Operation(summary = "The report's rectifications with the notice, the draft and the approved answers")
    @ApiResponse(responseCode = "404", description = "No such report, or another department's")
    List<Rectification> list(@PathVariable UUID id, CurrentUser user) {
        return answering.ofReport(id, user);
    }

    @PutMapping("/{findingId}")
    @PreAuthorize("hasAnyRole('dept-submitter', 'dept-leader')")
    @Operation(summary = "Save the measures answering a finding (optimistic locking on the rectification's version)")
    @ApiResponse(responseCode = "409", description = "Not open for an answer, or someone saved meanwhile")
    Rectification saveMeasures(@PathVariable UUID id, @PathVariable UUID findingId,
            @Valid @RequestBody MeasuresRequest request, CurrentUser user) {
        return answering.saveMeasures(id, findingId, request.version(), request.measures(), user);
    }

    @PostMapping("/{findingId}/send-for-approval")
    @PreAuthorize("hasRole('dept-submitter')")
    @Operation(summary = "Send the answer to the department leader")
    @ApiResponse(responseCode = "409", description = "Not open for an answer")
    @ApiResponse(responseCode = "422", description = "No measures written yet")
    Rectification sendForApproval(@PathVariable UUID id, @PathVariable UUID findingId, CurrentUser user) {
        return answering.sendForApproval(id, findingId, user);
    }

    @PostMapping("/{findingId}/approve")
    @PreAuthorize("hasRole('dept-leader')")
    @Operation(summary = "Approve the answer: it goes to the auditors as the next immutable answer version")
    @ApiResponse(responseCode = "409", description = "Not awaiting approval")
    Rectification approve(@PathVariable UUID id, @PathVariable UUID findingId, CurrentUser user) {
        return answering.approve(id, findingId, user);
    }

    @PostMapping("/{findingId}/reject")
    @PreAuthorize("hasRole('dept-leader')")
    @Operation(summary = "Send the answer back to drafting with a comment")
    @ApiResponse(responseCode = "409", description = "Not awaiting approval")
    Rectification reject(@PathVariable UUID id, @PathVariable UUID findingId,
            @Valid @RequestBody RejectRequest request, CurrentUser user) {
        return answering.reject(id, findingId, request.comment(), user);
    }
}
