package org.supervisionflow.assignment.campaign.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.assignment.campaign.Campaign;
import org.supervisionflow.assignment.campaign.CampaignDraft;
import org.supervisionflow.assignment.campaign.CampaignStatus;
import org.supervisionflow.assignment.campaign.Campaigns;
import org.supervisionflow.assignment.campaign.DueDateChange;
import org.supervisionflow.assignment.campaign.WithdrawalReason;
import org.supervisionflow.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "campaigns", description = "督察任务 / campaigns")
class CampaignController {

    private final Campaigns campaigns;

    CampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer')")
    @Operation(summary = "督察任务列表 / Campaigns, newest first, optionally of one status")
    List<Campaign> list(@RequestParam(required = false) CampaignStatus status) {
        return campaigns.list(status);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer')")
    @Operation(summary = "督察任务详情 / One campaign with its departments and their indicators")
    Campaign get(@PathVariable UUID id) {
        return campaigns.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('office-admin')")
    @Operation(summary = "新建督察任务草稿 / Create a draft campaign (departments without indicatorIds get the items they lead or co-operate on)")
    ResponseEntity<Campaign> create(@Valid @RequestBody CampaignDraft draft) {
        Campaign created = campaigns.create(draft);
        return ResponseEntity.created(URI.create("/api/campaigns/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('office-admin')")
    @Operation(summary = "修改草稿 / Change a draft campaign (409 once published)")
    Campaign update(@PathVariable UUID id, @Valid @RequestBody CampaignDraft draft) {
        return campaigns.update(id, draft);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('office-admin')")
    @Operation(summary = "发布 / Publish: one assignment per department, AssignmentIssued through the outbox (409 if not a draft)")
    Campaign publish(@PathVariable UUID id) {
        return campaigns.publish(id);
    }

    @PostMapping("/{id}/due-date")
    @PreAuthorize("hasRole('office-admin')")
    @Operation(summary = "调整截止日期 / Move a published campaign's due date with a reason: DueDateMoved per assignment")
    @ApiResponse(responseCode = "409", description = "The campaign is not published")
    @ApiResponse(responseCode = "422", description = "The new date is in the past")
    Campaign moveDueDate(@PathVariable UUID id, @Valid @RequestBody DueDateChange change, CurrentUser user) {
        return campaigns.moveDueDate(id, change, user);
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('office-admin')")
    @Operation(summary = "撤回 / Withdraw a published campaign with a reason: AssignmentWithdrawn per assignment")
    Campaign withdraw(@PathVariable UUID id, @Valid @RequestBody WithdrawalReason reason) {
        return campaigns.withdraw(id, reason);
    }
}
