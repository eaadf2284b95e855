package org.supervisionflow.contracts.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/**
 * A department made an accepted annual report public (向社会公开) after its secrecy review (保密审查): version
 * {@code reportVersion} is on the public page from {@code publishedOn}; {@code secrecyReviewer} confirmed the review.
 */
public record ReportPublished(UUID id, UUID assignmentId, Instant occurredAt, UUID reportId, int reportVersion,
        LocalDate publishedOn, Actor secrecyReviewer, Actor publisher) implements SubmissionEvent {
}
