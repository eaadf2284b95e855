package org.supervisionflow.contracts.command;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.FindingNotice;

/** Let the department answer a finding with measures and evidence, by its deadline. */
public record OpenRectification(UUID id, UUID assignmentId, Instant occurredAt, UUID reportId, FindingNotice finding)
        implements Command {
}
