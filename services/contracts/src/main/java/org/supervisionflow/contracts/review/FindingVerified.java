package org.supervisionflow.contracts.review;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.VerificationOutcome;

/** An auditor verified a rectification answer: the finding is closed (销号) or sent back with a reason. */
public record FindingVerified(UUID id, UUID assignmentId, Instant occurredAt, UUID findingId, UUID answerId,
        VerificationOutcome outcome, String reason, Actor auditor) implements ReviewEvent {
}
