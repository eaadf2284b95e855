package org.supervisionflow.assignment.extension.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.assignment.extension.ExtensionDecision;
import org.supervisionflow.assignment.extension.ExtensionRequest;
import org.supervisionflow.assignment.extension.ExtensionStatus;
import org.supervisionflow.assignment.extension.Extensions;
import org.supervisionflow.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/extension-requests")
@Tag(name = "extension-requests", description = "延期申请的审批 / the office's decisions on extension requests")
class ExtensionRequestController {

    private final Extensions extensions;

    ExtensionRequestController(Extensions extensions) {
        this.extensions = extensions;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
    @Operation(summary = "延期申请列表 / Extension requests, newest first: office roles see all, departments their own")
    List<ExtensionRequest> list(CurrentUser user,
            @Parameter(description = "只看此状态 / only this status") @RequestParam(required = false) ExtensionStatus status) {
        return extensions.list(user, status);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
    @Operation(summary = "延期申请详情 / One extension request (404 for another department's)")
    ExtensionRequest get(CurrentUser user, @PathVariable UUID id) {
        return extensions.get(user, id);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('office-admin')")
    @Operation(summary = "批准延期 / Grant, optionally to another date, with a comment: ExtensionGranted; a report's due date moves")
    @ApiResponse(responseCode = "409", description = "Decided already, or the assignment was withdrawn")
    @ApiResponse(responseCode = "422", description = "The date is not after the current due date, or in the past")
    ExtensionRequest approve(@PathVariable UUID id, @Valid @RequestBody ExtensionDecision.Approval approval,
            CurrentUser user) {
        return extensions.approve(id, approval, user);
    }

    @PostMapping("/{id}/deny")
    @PreAuthorize("hasRole('office-admin')")
    @Operation(summary = "不予延期 / Deny with a reason: ExtensionDenied")
    @ApiResponse(responseCode = "409", description = "Decided already")
    ExtensionRequest deny(@PathVariable UUID id, @Valid @RequestBody ExtensionDecision.Denial denial, CurrentUser user) {
        return extensions.deny(id, denial, user);
    }
}
