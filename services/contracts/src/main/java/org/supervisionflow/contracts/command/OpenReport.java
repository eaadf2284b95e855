package org.supervisionflow.contracts.command;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.AssignmentScope;

/** Open the department's report workspace for drafting, with a section per assigned indicator. */
public record OpenReport(UUID id, UUID assignmentId, Instant occurredAt, AssignmentScope scope) implements Command {
}
