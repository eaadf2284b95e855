package org.supervisionflow.workflows.lifecycle;

import java.time.Instant;

/** One step a lifecycle went through: a BPMN activity with its stable id, its label and when it ran. */
public record LifecycleStep(String activityId, String activityName, String activityType, Instant startedAt,
        Instant endedAt) {
}
