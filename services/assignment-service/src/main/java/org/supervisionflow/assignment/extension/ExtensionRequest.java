package org.supervisionflow.assignment.extension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/**
 * A department's request for more time, for its report ({@code findingId} null) or one finding's rectification,
 * and the office's decision: the date granted (perhaps other than asked), its comment or reason, who and when.
 */
public record ExtensionRequest(
        UUID id,
        UUID assignmentId,
        UUID campaignId,
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

    ExtensionRequest decided(ExtensionStatus newStatus, LocalDate granted, String comment, Actor by, Instant at) {
        return new ExtensionRequest(id, assignmentId, campaignId, departmentCode, findingId, currentDueDate,
                requestedDueDate, reason, requester, requestedAt, newStatus, granted, comment, by, at);
    }
}
