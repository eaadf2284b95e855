package org.supervisionflow.assignment.assignment.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.assignment.assignment.Assignment;
import org.supervisionflow.assignment.assignment.AssignmentSummary;
import org.supervisionflow.assignment.assignment.Assignments;
import org.supervisionflow.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/assignments")
@Tag(name = "assignments", description = "督察任务分派 / assignments (campaign × department)")
class AssignmentController {

    private final Assignments assignments;

    AssignmentController(Assignments assignments) {
        this.assignments = assignments;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
    @Operation(summary = "任务分派列表 / Assignments with stage, deadline marks and review result (score, grade): office roles see all, department users their own department's")
    List<AssignmentSummary> list(CurrentUser user,
            @Parameter(description = "只看此督察任务 / only this campaign") @RequestParam(required = false) UUID campaignId,
            @Parameter(description = "只看此部门 / only this department") @RequestParam(required = false) String departmentCode) {
        return assignments.list(user, campaignId, departmentCode);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
    @Operation(summary = "任务分派详情 / One assignment with its scope, stage and stage history (404 for another department's)")
    Assignment get(CurrentUser user, @PathVariable UUID id) {
        return assignments.get(user, id);
    }
}
