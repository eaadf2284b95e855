package org.supervisionflow.workflows.timeline;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;
import org.supervisionflow.platform.problem.Text;

/**
 * One stored line of an assignment's history. {@code seq} is its place in the hash chain (arrival order);
 * {@code actor} is null for what a service or the engine did on its own; {@code details} is the JSON object the
 * hash covers, exactly as stored.
 */
public record TimelineEntry(
        int seq,
        UUID messageId,
        String type,
        EntryKind kind,
        String source,
        Instant occurredAt,
        Instant recordedAt,
        String departmentCode,
        Actor actor,
        Text summary,
        UUID reportId,
        Integer reportVersion,
        String stageBefore,
        String stageAfter,
        String details,
        String previousHash,
        String hash) {
}
