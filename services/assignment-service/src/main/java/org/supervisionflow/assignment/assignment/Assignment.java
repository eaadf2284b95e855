package org.supervisionflow.assignment.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.ReportStage;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One department's assignment in full: what it was issued (the scope), where it stands, how it got there, the due
 * date in force (the scope keeps the one issued; extensions and the office move it), its deadline marks and its
 * review result.
 */
public record Assignment(
        UUID id,
        AssignmentStatus status,
        ReportStage stage,
        Instant stageChangedAt,
        Instant issuedAt,
        Instant withdrawnAt,
        String withdrawReason,
        AssignmentScope scope,
        List<StageChange> stageHistory,
        LocalDate dueDate,
        @JsonUnwrapped DeadlineMarks deadline,
        @JsonUnwrapped ReportScore result) {

    /** A lifecycle move the workflow engine reported, in the order it says they happened. */
    public record StageChange(ReportStage previousStage, ReportStage stage, Instant occurredAt) {
    }
}
