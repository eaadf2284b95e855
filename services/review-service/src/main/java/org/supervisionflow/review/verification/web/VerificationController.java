package org.supervisionflow.review.verification.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.review.verification.Verification;
import org.supervisionflow.review.verification.Verifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Verifying a finding's rectification answer, and the answers a finding has had. */
@RestController
@RequestMapping("/api/findings/{id}")
@Tag(name = "verification", description = "整改核验: auditors close a finding (销号) or send its answer back")
class VerificationController {

    private static final Text FINDING = Text.of("问题", "Finding");

    private final Verifications verifications;

    VerificationController(Verifications verifications) {
        this.verifications = verifications;
    }

    @PostMapping("/verify")
    @PreAuthorize("hasRole('auditor')")
    @Operation(summary = "Verify the finding's pending answer: CLOSED (销号) or REJECTED with a reason")
    @ApiResponse(responseCode = "404", description = "No such finding")
    @ApiResponse(responseCode = "409", description = "No answer awaits verification")
    @ApiResponse(responseCode = "422", description = "REJECTED without a reason")
    Verification verify(@PathVariable UUID id, @Valid @RequestBody VerifyRequest request, CurrentUser user) {
        return verifications.verify(id, request.outcome(), request.reason(), user);
    }

    @GetMapping("/verifications")
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
    @Operation(summary = "Every answer to the finding and what became of it, in order")
    @ApiResponse(responseCode = "404", description = "No such finding, or another department's")
    List<Verification> verifications(@PathVariable UUID id, CurrentUser user) {
        return verifications.ofFinding(id, user).orElseThrow(() -> ProblemException.notFound(FINDING, id));
    }
}
