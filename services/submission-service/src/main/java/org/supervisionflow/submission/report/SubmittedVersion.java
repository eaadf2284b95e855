package org.supervisionflow.submission.report;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/** An immutable submitted version n of a report: who sent it, which leader approved it, when, and its content. */
public record SubmittedVersion(UUID reportId, int number, Instant submittedAt, Actor submitter, Actor approver,
        VersionContent content) {
}
