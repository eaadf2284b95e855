package org.supervisionflow.workflows.timeline;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An assignment's history as read: entries by time of occurrence (then arrival), whether the hash chain and the
 * department it is filed under still hold, and the first sequence number where the chain breaks, if it does.
 */
public record Timeline(UUID assignmentId, String departmentCode, List<TimelineEntry> entries, boolean verified,
        Integer brokenAtSeq) {

    /** The report's id as any entry carried it: every version link of the timeline points into that report. */
    public Optional<UUID> reportId() {
        return entries.stream().map(TimelineEntry::reportId).filter(id -> id != null).findFirst();
    }

    /** The stage the latest {@code StageChanged} by time of occurrence announced, if any arrived. */
    public Optional<String> latestStage() {
        return entries.reversed().stream().map(TimelineEntry::stageAfter).filter(stage -> stage != null).findFirst();
    }
}
