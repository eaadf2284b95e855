package org.supervisionflow.contracts.command;

import java.time.Instant;
import java.util.UUID;

/** Put a submitted report version into the auditors' review queue. */
public record OpenReview(UUID id, UUID assignmentId, Instant occurredAt, UUID reportId, int reportVersion,
        UUID campaignId, String campaignTitle, String departmentCode, String departmentName) implements Command {
}
