package org.supervisionflow.assignment.assignment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.ReportStage;

/** One department's assignment in full: what it was issued (the scope), where it stands, and how it got there. */
public record Assignment(
        UUID id,
        AssignmentStatus status,
        ReportStage stage,
        Instant stageChangedAt,
        Instant issuedAt,
        Instant withdrawnAt,
        String withdrawReason,
        AssignmentScope scope,
        List<StageChange> stageHistory) {

    /** A lifecycle move the workflow engine reported, in the order it says they happened. */
    public record StageChange(ReportStage previousStage, ReportStage stage, Instant occurredAt) {
    }
}
