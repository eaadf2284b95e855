package org.supervisionflow.contracts.assignment;

import java.time.Instant;
import java.util.UUID;

/** The office cancelled the campaign, so this department's assignment ends. */
public record AssignmentWithdrawn(UUID id, UUID assignmentId, Instant occurredAt, String departmentCode, String reason)
        implements AssignmentEvent {
}
