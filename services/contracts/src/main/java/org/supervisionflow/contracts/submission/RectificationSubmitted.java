package org.supervisionflow.contracts.submission;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/** The department's leader approved a rectification answer (measures and evidence) to one finding. */
public record RectificationSubmitted(UUID id, UUID assignmentId, Instant occurredAt, UUID reportId, UUID findingId,
        UUID answerId, int answerVersion, Actor submitter, Actor approver) implements SubmissionEvent {
}
