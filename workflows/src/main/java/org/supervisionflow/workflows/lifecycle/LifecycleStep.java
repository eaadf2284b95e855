package org.supervisionflow.workflows.lifecycle;

import java.time.Instant;

/**
 * One step a lifecycle went through: a BPMN activity with its stable id, its label and when it ran, and the process
 * instance it ran in (the lifecycle itself, one finding's rectification, or a deadline's watch).
 */
public record LifecycleStep(String processKey, String processInstanceId, String activityId, String activityName,
        String activityType, Instant startedAt, Instant endedAt) {
}
