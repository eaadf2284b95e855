package org.supervisionflow.review.finding;

import java.time.Instant;
import java.util.UUID;

/** The review whose decision issues findings, and what the findings copy from it. */
public record IssuedIn(UUID reviewId, UUID assignmentId, UUID reportId, int reportVersion, String campaignTitle,
        String departmentCode, String departmentName, Instant issuedAt) {
}
