package org.supervisionflow.workflows.lifecycle;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.ReportStage;

/**
 * Where one assignment's lifecycle stands: the last stage it announced ({@code null} until the first
 * {@code StageChanged} went out), and whether it has ended.
 */
public record LifecycleStatus(UUID assignmentId, String departmentCode, ReportStage stage, Instant startedAt,
        Instant endedAt) {

    public boolean ended() {
        return endedAt != null;
    }
}
