package org.supervisionflow.review.verification;

import java.time.Instant;
import java.util.UUID;

/** One rectification answer to a finding and what the auditor concluded about it. */
public record Verification(UUID id, UUID findingId, UUID assignmentId, UUID answerId, int answerVersion,
        VerificationStatus status, Instant openedAt, String reason, String verifiedByUsername, String verifiedByName,
        Instant verifiedAt) {
}
