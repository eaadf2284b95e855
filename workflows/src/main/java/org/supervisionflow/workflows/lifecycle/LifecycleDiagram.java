package org.supervisionflow.workflows.lifecycle;

import java.util.List;
import java.util.Map;

/**
 * What a BPMN viewer needs to draw an assignment's lifecycle: the lifecycle instance, the instances it started (one
 * rectification per finding, one watch per deadline), and the BPMN XML of every process definition they run on.
 */
public record LifecycleDiagram(Instance lifecycle, List<Instance> rectifications, List<Instance> deadlines,
        Map<String, String> bpmnXml) {

    /**
     * One process instance: its definition (the key into {@code bpmnXml}), the activities it finished and the ones
     * it is in now (ids as in the XML). {@code findingId} is set for a rectification or a finding's deadline,
     * {@code deadlineKind} for a deadline's watch.
     */
    public record Instance(String processInstanceId, String processKey, String processDefinitionId, String findingId,
            String deadlineKind, boolean ended, List<String> completedActivityIds, List<String> activeActivityIds) {
    }
}
