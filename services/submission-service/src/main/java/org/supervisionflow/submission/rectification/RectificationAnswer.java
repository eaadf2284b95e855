package org.supervisionflow.submission.rectification;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/** An answer the department leader approved: numbered, immutable, as the auditors verify it. */
public record RectificationAnswer(UUID id, int number, String measures, Instant submittedAt, Actor submitter,
        Actor approver) {
}
