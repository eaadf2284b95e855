package org.supervisionflow.review.scoring.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.review.scoring.RuleSet;
import org.supervisionflow.review.scoring.ScoringRules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** A campaign's scoring rules: the office-admin publishes versions, office roles read them. */
@RestController
@RequestMapping("/api/scoring-rules/{campaignId}")
@PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer')")
@Tag(name = "scoring-rules", description = "评分规则: per campaign and indicator, versioned; a review is scored by the version in force when it opened")
class ScoringRuleController {

    private static final Text RULES = Text.of("评分规则", "Scoring rules");

    private final ScoringRules rules;

    ScoringRuleController(ScoringRules rules) {
        this.rules = rules;
    }

    @GetMapping
    @Operation(summary = "The campaign's rules in force (its latest version)")
    @ApiResponse(responseCode = "404", description = "The campaign has no rules")
    RuleSet current(@PathVariable UUID campaignId) {
        return rules.current(campaignId).orElseThrow(() -> ProblemException.notFound(RULES, campaignId));
    }

    @GetMapping("/versions")
    @Operation(summary = "Every published version of the campaign's rules, newest first, without the rules themselves")
    List<RuleSet> versions(@PathVariable UUID campaignId) {
        return rules.versions(campaignId);
    }

    @GetMapping("/versions/{version}")
    @Operation(summary = "One version of the campaign's rules")
    @ApiResponse(responseCode = "404", description = "No such version")
    RuleSet version(@PathVariable UUID campaignId, @PathVariable int version) {
        return rules.version(campaignId, version).orElseThrow(() -> ProblemException.notFound(RULES, version));
    }

    @PutMapping
    @PreAuthorize("hasRole('office-admin')")
    @Operation(summary = "Publish the campaign's complete rules as its next version; reviews already open keep theirs")
    @ApiResponse(responseCode = "404", description = "The campaign has issued no assignment")
    @ApiResponse(responseCode = "422", description = "A rule names an indicator the campaign lacks, twice, or lacks a parameter its kind needs")
    RuleSet publish(@PathVariable UUID campaignId, @Valid @RequestBody RuleSetRequest request, CurrentUser user) {
        return rules.publish(campaignId, request.bonusCap(), request.scoringRules(), user);
    }
}
