package org.supervisionflow.submission.report.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.submission.report.Contribution;
import org.supervisionflow.submission.report.ReportLookup;
import org.supervisionflow.submission.report.ReportSummary;
import org.supervisionflow.submission.report.SubmittedVersion;
import org.supervisionflow.submission.report.VersionDiff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reads reports: the caller's task list and a report's workspace, limited to what the caller may see. */
@RestController
@RequestMapping("/api/reports")
@PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
@Tag(name = "reports", description = "自查报告: department users see their own department's, office roles every department's")
class ReportController {

    private static final Text REPORT = Text.of("报告", "Report");
    private static final Text SECTION = Text.of("报告章节", "Report section");
    private static final Text VERSION = Text.of("报告版本", "Report version");
    private static final Text ASSIGNMENT_REPORT = Text.of("该督察任务分配的报告", "The report of assignment");

    private final ReportLookup lookup;

    ReportController(ReportLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping
    @Operation(summary = "The caller's task list: one line per report, earliest due first, with an overdue flag")
    List<ReportSummary> taskList(CurrentUser user,
            @Parameter(description = "Only reports of this campaign") @RequestParam(required = false) UUID campaignId,
            @Parameter(description = "Only reports of this department (code); department users see only their own anyway")
            @RequestParam(required = false) String department) {
        return lookup.taskList(user, Optional.ofNullable(campaignId), Optional.ofNullable(department));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A report's workspace with its sections")
    @ApiResponse(responseCode = "404", description = "No such report, or another department's")
    WorkspaceResponse workspace(@PathVariable UUID id, CurrentUser user) {
        return lookup.workspace(id, user).map(WorkspaceResponse::of)
                .orElseThrow(() -> ProblemException.notFound(REPORT, id));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "The report's submitted versions, oldest first (without content)")
    @ApiResponse(responseCode = "404", description = "No such report, or another department's")
    List<SubmittedVersion> versions(@PathVariable UUID id, CurrentUser user) {
        return lookup.versions(id, user).orElseThrow(() -> ProblemException.notFound(REPORT, id));
    }

    @GetMapping("/{id}/versions/{number}")
    @Operation(summary = "One submitted version with its full content")
    @ApiResponse(responseCode = "404", description = "No such version, or another department's report")
    SubmittedVersion version(@PathVariable UUID id, @PathVariable int number, CurrentUser user) {
        return lookup.version(id, number, user)
                .orElseThrow(() -> ProblemException.notFound(VERSION, id + " v" + number));
    }

    @GetMapping("/{id}/versions/{from}/diff/{to}")
    @Operation(summary = "What changed between two submitted versions: report fields, and per section narrative and figures")
    @ApiResponse(responseCode = "404", description = "Either version does not exist, or another department's report")
    VersionDiff diff(@PathVariable UUID id, @PathVariable int from, @PathVariable int to, CurrentUser user) {
        return lookup.diff(id, from, to, user)
                .orElseThrow(() -> ProblemException.notFound(VERSION, id + " v" + from + "/v" + to));
    }

    @GetMapping("/{id}/sections/{sectionId}/contributions")
    @Operation(summary = "Co-units' contributions to an indicator this report's department leads, as their leaders approved them")
    @ApiResponse(responseCode = "404", description = "No such report or section, or another department's")
    @ApiResponse(responseCode = "422", description = "The section is not a lead unit's indicator section")
    List<Contribution> contributions(@PathVariable UUID id, @PathVariable UUID sectionId, CurrentUser user) {
        return lookup.contributions(id, sectionId, user).orElseThrow(() -> ProblemException.notFound(SECTION, sectionId));
    }

    @GetMapping("/by-assignment/{assignmentId}")
    @Operation(summary = "The workspace of the report answering an assignment")
    @ApiResponse(responseCode = "404", description = "The assignment has no report yet, or it is another department's")
    WorkspaceResponse workspaceOfAssignment(@PathVariable UUID assignmentId, CurrentUser user) {
        return lookup.workspaceOfAssignment(assignmentId, user).map(WorkspaceResponse::of)
                .orElseThrow(() -> ProblemException.notFound(ASSIGNMENT_REPORT, assignmentId));
    }
}
