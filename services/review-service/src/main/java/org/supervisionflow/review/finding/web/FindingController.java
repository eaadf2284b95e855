package org.supervisionflow.review.finding.web;

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
import org.supervisionflow.review.finding.Finding;
import org.supervisionflow.review.finding.FindingStatus;
import org.supervisionflow.review.finding.Findings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reads findings: office roles every department's, department users their own department's. */
@RestController
@RequestMapping("/api/findings")
@PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
@Tag(name = "findings", description = "问题与整改通知: findings raised by reviews and their status (OPEN, ANSWERED, CLOSED)")
class FindingController {

    private static final Text FINDING = Text.of("问题", "Finding");

    private final Findings findings;

    FindingController(Findings findings) {
        this.findings = findings;
    }

    @GetMapping
    @Operation(summary = "Findings by notice number, optionally of one assignment and in one status")
    List<Finding> list(CurrentUser user,
            @Parameter(description = "Only findings of this assignment") @RequestParam(required = false) UUID assignmentId,
            @Parameter(description = "Only findings in this status") @RequestParam(required = false) FindingStatus status) {
        return findings.list(Optional.ofNullable(assignmentId), Optional.ofNullable(status), user);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One finding with its notice")
    @ApiResponse(responseCode = "404", description = "No such finding, or another department's")
    Finding finding(@PathVariable UUID id, CurrentUser user) {
        return findings.find(id, user).orElseThrow(() -> ProblemException.notFound(FINDING, id));
    }
}
