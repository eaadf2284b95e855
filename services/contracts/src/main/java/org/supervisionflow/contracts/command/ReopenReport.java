package org.supervisionflow.contracts.command;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.contracts.ReturnReason;

/** The auditor returned the report (退回修改): open it for revision again, showing the reasons. */
public record ReopenReport(UUID id, UUID assignmentId, Instant occurredAt, UUID reportId, int returnedVersion,
        List<ReturnReason> reasons) implements Command {
}
