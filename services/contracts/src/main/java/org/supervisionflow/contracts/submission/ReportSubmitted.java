package org.supervisionflow.contracts.submission;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/** The leader approved: the report went out as immutable version {@code version} (1, 2, … per resubmission). */
public record ReportSubmitted(UUID id, UUID assignmentId, Instant occurredAt, UUID reportId, int version,
        Actor submitter, Actor approver) implements SubmissionEvent {
}
