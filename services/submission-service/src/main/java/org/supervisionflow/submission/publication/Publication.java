package org.supervisionflow.submission.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/**
 * Where an accepted annual report stands on its way to the public: the version the office accepted, and once the
 * leader has published it, the secrecy review (who, what they stated, when) and the publication date.
 */
public record Publication(UUID reportId, int acceptedVersion, Instant acceptedAt, Actor secrecyReviewer,
        String secrecyReviewStatement, Instant secrecyReviewedAt, LocalDate publishedOn, Actor publisher,
        Instant publishedAt) {

    /** Whether the report is on the public page. */
    public boolean published() {
        return publishedOn != null;
    }
}
