package org.supervisionflow.submission.report.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.submission.report.Approval;
import org.supervisionflow.submission.report.Drafting;
import org.supervisionflow.submission.report.MetricInput;
import org.supervisionflow.submission.report.ReportDetails;
import org.supervisionflow.submission.report.ReportSection;
import org.supervisionflow.submission.report.SectionDraft;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Changes a report: drafting by the department's submitter (or leader), and the department's internal
 * approval. Office roles may not change reports (403); another department's report is not found (404).
 */
@RestController
@RequestMapping("/api/reports/{id}")
@Tag(name = "reports")
class DraftController {

    private final Drafting drafting;
    private final Approval approval;

    DraftController(Drafting drafting, Approval approval) {
        this.drafting = drafting;
        this.approval = approval;
    }

    /** A section as the drafter saves it. */
    record SectionRequest(
            @Schema(description = "The section's version the caller edited") @NotNull @PositiveOrZero Long version,
            @Schema(description = "Rich text (HTML); sanitized before it is stored") @NotNull @Size(max = 200_000)
            String narrative,
            @Schema(description = "Every figure of the section; one not sent is cleared") @Valid @Size(max = 100)
            List<@NotNull @Valid MetricRequest> metrics) {
    }

    /** One figure: the metric's code and its value (a number or a boolean, null to clear). */
    record MetricRequest(@NotBlank @Size(max = 100) String code,
            @Schema(description = "COUNT: integer ≥ 0; PERCENTAGE: 0–100; YES_NO: true/false") JsonNode value) {
    }

    /** The report's own fields. */
    record DetailsRequest(
            @Schema(description = "The report's version the caller edited") @NotNull @PositiveOrZero Long version,
            @Schema(description = "联系人") @NotNull @Size(max = 50) String contactPerson,
            @Schema(description = "联系电话") @NotNull @Size(max = 30) @Pattern(regexp = "[0-9+\\-() ]*") String contactPhone,
            @Schema(description = "The report's own 文号") @NotNull @Size(max = 100) String documentNumber) {
    }

    /** Why the leader sends the draft back. */
    record RejectRequest(@NotBlank @Size(max = 2000) String comment) {
    }

    @PutMapping("/sections/{sectionId}")
    @PreAuthorize("hasAnyRole('dept-submitter', 'dept-leader')")
    @Operation(summary = "Save a section's narrative and figures (optimistic locking on the section's version)")
    @ApiResponse(responseCode = "409", description = "Not open for drafting, or someone saved the section meanwhile")
    @ApiResponse(responseCode = "422", description = "A figure does not fit its metric")
    ReportSection saveSection(@PathVariable UUID id, @PathVariable UUID sectionId,
            @Valid @RequestBody SectionRequest request, CurrentUser user) {
        List<MetricInput> metrics = request.metrics() == null ? List.of()
                : request.metrics().stream().map(metric -> new MetricInput(metric.code(), metric.value())).toList();
        return drafting.saveSection(id, sectionId, new SectionDraft(request.version(), request.narrative(), metrics),
                user);
    }

    @PutMapping
    @PreAuthorize("hasAnyRole('dept-submitter', 'dept-leader')")
    @Operation(summary = "Save the contact person and phone and the report's 文号 (optimistic locking on the report's version)")
    @ApiResponse(responseCode = "409", description = "Not open for drafting, or someone saved the report meanwhile")
    ReportView saveDetails(@PathVariable UUID id, @Valid @RequestBody DetailsRequest request, CurrentUser user) {
        return ReportView.of(drafting.saveDetails(id, new ReportDetails(request.version(), request.contactPerson(),
                request.contactPhone(), request.documentNumber()), user));
    }

    @PostMapping("/send-for-approval")
    @PreAuthorize("hasRole('dept-submitter')")
    @Operation(summary = "Send the draft to the department leader for approval")
    @ApiResponse(responseCode = "409", description = "The report is not open for drafting")
    ReportView sendForApproval(@PathVariable UUID id, CurrentUser user) {
        return ReportView.of(approval.sendForApproval(id, user));
    }

    @PostMapping("/approve")
    @PreAuthorize("hasRole('dept-leader')")
    @Operation(summary = "Approve the draft: it goes out as the next immutable version")
    @ApiResponse(responseCode = "409", description = "The report is not awaiting approval")
    ReportView approve(@PathVariable UUID id, CurrentUser user) {
        return ReportView.of(approval.approve(id, user));
    }

    @PostMapping("/reject")
    @PreAuthorize("hasRole('dept-leader')")
    @Operation(summary = "Send the draft back to drafting with a comment")
    @ApiResponse(responseCode = "409", description = "The report is not awaiting approval")
    ReportView reject(@PathVariable UUID id, @Valid @RequestBody RejectRequest request, CurrentUser user) {
        return ReportView.of(approval.reject(id, request.comment(), user));
    }
}
