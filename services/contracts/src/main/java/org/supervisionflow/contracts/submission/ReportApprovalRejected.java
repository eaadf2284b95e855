package org.supervisionflow.contracts.submission;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/** The department leader sent the draft back to drafting, with a comment. */
public record ReportApprovalRejected(UUID id, UUID assignmentId, Instant occurredAt, UUID reportId, Actor leader,
        String comment) implements SubmissionEvent {
}
