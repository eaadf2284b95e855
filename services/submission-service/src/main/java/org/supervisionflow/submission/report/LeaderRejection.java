package org.supervisionflow.submission.report;

import java.time.Instant;

import org.supervisionflow.contracts.Actor;

/** The department leader's reason for sending a draft back, shown on the draft until the next approval. */
public record LeaderRejection(Actor leader, Instant at, String comment) {
}
