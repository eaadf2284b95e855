package org.supervisionflow.contracts.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/**
 * A department asked for more time (延期申请): for its report's due date, or, with {@code findingId}, for one finding's
 * rectification deadline. The office decides in assignment-service.
 */
public record ExtensionRequested(UUID id, UUID assignmentId, Instant occurredAt, UUID requestId, UUID findingId,
        LocalDate currentDueDate, LocalDate requestedDueDate, String reason, Actor requester) implements SubmissionEvent {
}
