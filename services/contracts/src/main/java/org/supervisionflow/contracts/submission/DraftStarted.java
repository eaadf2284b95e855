package org.supervisionflow.contracts.submission;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/** The department saved the first draft of its report (or of a returned report's revision). */
public record DraftStarted(UUID id, UUID assignmentId, Instant occurredAt, UUID reportId, Actor actor)
        implements SubmissionEvent {
}
