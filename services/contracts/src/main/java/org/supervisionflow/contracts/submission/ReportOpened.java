package org.supervisionflow.contracts.submission;

import java.time.Instant;
import java.util.UUID;

/** The department's report workspace exists and its users can start drafting. */
public record ReportOpened(UUID id, UUID assignmentId, Instant occurredAt, UUID reportId, String departmentCode)
        implements SubmissionEvent {
}
