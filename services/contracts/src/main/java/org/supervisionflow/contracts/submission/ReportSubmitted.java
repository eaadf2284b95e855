package org.supervisionflow.contracts.submission;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.ReportedMetric;

/** The leader approved: the report went out as immutable version {@code version} (1, 2, … per resubmission). */
public record ReportSubmitted(UUID id, UUID assignmentId, Instant occurredAt, UUID reportId, int version,
        Actor submitter, Actor approver, List<ReportedMetric> metrics) implements SubmissionEvent {

    /** A submission without its figures (what messages from before figures travelled carry). */
    public ReportSubmitted(UUID id, UUID assignmentId, Instant occurredAt, UUID reportId, int version, Actor submitter,
            Actor approver) {
        this(id, assignmentId, occurredAt, reportId, version, submitter, approver, List.of());
    }

    /** The figures of this version; never null, also for older messages. */
    @Override
    public List<ReportedMetric> metrics() {
        return metrics == null ? List.of() : metrics;
    }
}
