package org.supervisionflow.submission.publication.web;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.submission.publication.Publication;
import org.supervisionflow.submission.publication.PublishRequest;
import org.supervisionflow.submission.publication.Publishing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** An annual report's publication: everyone who may see the report reads its state, its department's leader publishes. */
@RestController
@RequestMapping("/api/reports/{id}/publication")
@Tag(name = "publication", description = "年度报告公开: secrecy review (保密审查) and publication of an accepted annual report")
class PublicationController {

    private final Publishing publishing;

    PublicationController(Publishing publishing) {
        this.publishing = publishing;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
    @Operation(summary = "公开状态 / Whether the report is accepted and published, with the secrecy review")
    @ApiResponse(responseCode = "404", description = "No such report, or another department's")
    PublicationState state(@PathVariable UUID id, CurrentUser user) {
        return PublicationState.of(publishing.of(id, user));
    }

    @PostMapping
    @PreAuthorize("hasRole('dept-leader')")
    @Operation(summary = "保密审查并公开 / Confirm the secrecy review and publish the accepted version today")
    @ApiResponse(responseCode = "200", description = "Published; ReportPublished goes out")
    @ApiResponse(responseCode = "400", description = "Confirmation missing or not true, or no statement")
    @ApiResponse(responseCode = "404", description = "No such report, or another department's")
    @ApiResponse(responseCode = "409", description = "Not an annual report, not accepted yet, or already published")
    PublicationState publish(@PathVariable UUID id, @Valid @RequestBody PublishRequest request, CurrentUser user) {
        return PublicationState.of(Optional.of(publishing.publish(id, request, user)));
    }

    /** The publication state: {@code NOT_ACCEPTED}, {@code ACCEPTED} (may be published) or {@code PUBLISHED}. */
    record PublicationState(String status, Publication publication) {

        static PublicationState of(Optional<Publication> publication) {
            return publication.map(found -> new PublicationState(found.published() ? "PUBLISHED" : "ACCEPTED", found))
                    .orElseGet(() -> new PublicationState("NOT_ACCEPTED", null));
        }
    }
}
