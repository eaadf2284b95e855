package org.supervisionflow.contracts.submission;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/** The submitter sent a rectification answer to one finding to the department leader for approval. */
public record RectificationSentForApproval(UUID id, UUID assignmentId, Instant occurredAt, UUID reportId, UUID findingId,
        UUID answerId, int answerVersion, Actor submitter) implements SubmissionEvent {
}
