package org.supervisionflow.submission.report;

import java.time.Instant;

import org.supervisionflow.contracts.Actor;

/** Who last changed something and when; a stale save is told this so nobody's work vanishes unseen. */
public record Modification(Actor by, Instant at) {
}
