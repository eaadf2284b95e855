package org.supervisionflow.contracts.command;

import java.time.Instant;
import java.util.UUID;

/** Put a submitted rectification answer before the auditors for verification. */
public record OpenVerification(UUID id, UUID assignmentId, Instant occurredAt, UUID findingId, UUID answerId,
        int answerVersion) implements Command {
}
