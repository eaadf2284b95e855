package org.supervisionflow.contracts.command;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.ReportStage;

/** The lifecycle ended ({@code CLOSED} or {@code WITHDRAWN}): accept no more changes to the report. */
public record CloseReport(UUID id, UUID assignmentId, Instant occurredAt, ReportStage finalStage, String reason)
        implements Command {
}
