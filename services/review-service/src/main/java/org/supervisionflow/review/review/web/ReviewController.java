package org.supervisionflow.review.review.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.review.finding.Findings;
import org.supervisionflow.review.review.QueueFilter;
import org.supervisionflow.review.review.Review;
import org.supervisionflow.review.review.ReviewDecisions;
import org.supervisionflow.review.review.ReviewStatus;
import org.supervisionflow.review.review.ReviewQueue;
import org.supervisionflow.review.review.ReviewScoring;
import org.supervisionflow.review.review.ReviewSummary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The review queue and reading, claiming and releasing a review. */
@RestController
@RequestMapping("/api/reviews")
@Tag(name = "reviews", description = "审核: auditors claim, score and decide submitted report versions")
class ReviewController {

    private static final Text REVIEW = Text.of("审核", "Review");

    private final ReviewQueue queue;
    private final ReviewDecisions decisions;
    private final Findings findings;

    ReviewController(ReviewQueue queue, ReviewDecisions decisions, Findings findings) {
        this.queue = queue;
        this.decisions = decisions;
        this.findings = findings;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer')")
    @Operation(summary = "The review queue, oldest first: unclaimed, held by the caller, or all (decided included)")
    List<ReviewSummary> list(CurrentUser user,
            @Parameter(description = "unclaimed, mine or all") @RequestParam(defaultValue = "unclaimed") String filter,
            @Parameter(description = "Only reviews of this assignment") @RequestParam(required = false) UUID assignmentId) {
        return queue.list(filter(filter), Optional.ofNullable(assignmentId), user);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
    @Operation(summary = "A review with its scores and decision; department users read their department's decided reviews")
    @ApiResponse(responseCode = "404", description = "No such review, another department's, or not yet decided")
    ReviewResponse review(@PathVariable UUID id, CurrentUser user) {
        return queue.find(id, user).map(this::response).orElseThrow(() -> ProblemException.notFound(REVIEW, id));
    }

    @PostMapping("/{id}/claim")
    @PreAuthorize("hasRole('auditor')")
    @Operation(summary = "Take the review; claiming one's own claim again changes nothing")
    @ApiResponse(responseCode = "409", description = "Another auditor holds it, or it is decided")
    ReviewResponse claim(@PathVariable UUID id, CurrentUser user) {
        return response(queue.claim(id, user));
    }

    @PostMapping("/{id}/release")
    @PreAuthorize("hasAnyRole('auditor', 'office-admin')")
    @Operation(summary = "Put the review back into the queue (the holder, or an office-admin freeing a forgotten claim)")
    @ApiResponse(responseCode = "409", description = "Another auditor holds it, or it is decided")
    ReviewResponse release(@PathVariable UUID id, CurrentUser user) {
        return response(queue.release(id, user));
    }

    @PutMapping("/{id}/scores/{indicatorId}")
    @PreAuthorize("hasRole('auditor')")
    @Operation(summary = "Score one indicator (0 to its points) with a comment, and a reason when departing from the rule's suggestion (ScoreOverridden); only the auditor holding the review")
    @ApiResponse(responseCode = "404", description = "No such review, or the indicator is not under review")
    @ApiResponse(responseCode = "409", description = "The caller does not hold the review, or it is decided")
    @ApiResponse(responseCode = "422", description = "The score exceeds the indicator's points, departs from the suggestion without a reason, or the indicator is not applicable")
    ReviewResponse score(@PathVariable UUID id, @PathVariable UUID indicatorId,
            @Valid @RequestBody ScoreRequest request, CurrentUser user) {
        return response(decisions.score(id, indicatorId, request.score(), request.comment(), request.overrideReason(),
                user));
    }

    @PutMapping("/{id}/inputs/{indicatorId}")
    @PreAuthorize("hasRole('auditor')")
    @Operation(summary = "Enter what the indicator's scoring rule needs (occurrences, the reported metric value, whether the veto happened); only the auditor holding the review")
    @ApiResponse(responseCode = "404", description = "No such review, or the indicator is not under review")
    @ApiResponse(responseCode = "409", description = "The caller does not hold the review, or it is decided")
    @ApiResponse(responseCode = "422", description = "A field the rule does not use, or one it needs is missing")
    ReviewResponse enterInput(@PathVariable UUID id, @PathVariable UUID indicatorId,
            @Valid @RequestBody InputRequest request, CurrentUser user) {
        return response(decisions.enterInput(id, indicatorId, request.input(), user));
    }

    @GetMapping("/{id}/scoring")
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
    @Operation(summary = "Explain the scores: each indicator's rule, inputs, suggestion with its steps, score and override reason, and the totals (rescaling, bonus cap, veto)")
    @ApiResponse(responseCode = "404", description = "No such review, another department's, or not yet decided")
    ReviewScoring scoring(@PathVariable UUID id, CurrentUser user) {
        return decisions.scoring(queue.find(id, user).orElseThrow(() -> ProblemException.notFound(REVIEW, id)));
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasRole('auditor')")
    @Operation(summary = "Decide the review for good: ACCEPT, ACCEPT_WITH_FINDINGS (issues numbered notices) or RETURN")
    @ApiResponse(responseCode = "409", description = "The caller does not hold the review, or it is decided")
    @ApiResponse(responseCode = "422", description = "Unscored indicators, missing findings or reasons, a past deadline")
    ReviewResponse decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request, CurrentUser user) {
        return response(decisions.decide(id, request.command(), user));
    }

    private ReviewResponse response(Review review) {
        return ReviewResponse.of(review, decisions.scoring(review).totals(), review.status() == ReviewStatus.DECIDED ? findings.ofReview(review.id()) : List.of(),
                queue.previous(review).orElse(null));
    }

    private static QueueFilter filter(String value) {
        try {
            return QueueFilter.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("unknown-filter", Text.of(
                    "筛选条件只能是 unclaimed、mine 或 all", "The filter must be unclaimed, mine or all"));
        }
    }
}
