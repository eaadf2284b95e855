package org.supervisionflow.contracts.submission;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/** The submitter sent the draft to the department leader for internal approval. */
public record ReportSentForApproval(UUID id, UUID assignmentId, Instant occurredAt, UUID reportId, Actor actor)
        implements SubmissionEvent {
}
