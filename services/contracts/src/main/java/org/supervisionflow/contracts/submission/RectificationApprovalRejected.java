package org.supervisionflow.contracts.submission;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/** The department leader sent a rectification answer back to its submitter, with a comment. */
public record RectificationApprovalRejected(UUID id, UUID assignmentId, Instant occurredAt, UUID reportId, UUID findingId,
        UUID answerId, Actor leader, String comment) implements SubmissionEvent {
}
