package org.supervisionflow.contracts.workflow;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.ReportStage;

/** A department's report moved to a new lifecycle stage; {@code previousStage} is null for the first. */
public record StageChanged(
        UUID id,
        UUID assignmentId,
        Instant occurredAt,
        String departmentCode,
        ReportStage previousStage,
        ReportStage stage) implements WorkflowEvent {
}
