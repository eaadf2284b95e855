package org.supervisionflow.submission.extension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/**
 * A department's request for more time: for its report ({@code findingId} null) or for one finding's rectification,
 * from {@code currentDueDate} to {@code requestedDueDate}, and the office's decision once it arrives (the date it
 * granted, which may differ from the one asked for, its comment or its reason for denying, who and when).
 */
public record ExtensionRequest(
        UUID id,
        UUID reportId,
        UUID assignmentId,
        String departmentCode,
        UUID findingId,
        LocalDate currentDueDate,
        LocalDate requestedDueDate,
        String reason,
        Actor requester,
        Instant requestedAt,
        ExtensionStatus status,
        LocalDate grantedDueDate,
        String decisionComment,
        Actor decidedBy,
        Instant decidedAt) {
}
