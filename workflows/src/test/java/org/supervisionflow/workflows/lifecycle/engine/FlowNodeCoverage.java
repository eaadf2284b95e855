package org.supervisionflow.workflows.lifecycle.engine;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which flow nodes of a BPMN model the tests of a class passed through. Read from the engine's history after
 * each test (register it after the engine extension, so it runs before the deployment is removed), reported
 * after all of them, and failing the class when a flow node was never reached.
 */
final class FlowNodeCoverage implements AfterTestExecutionCallback, AfterAllCallback {

    private static final Logger log = LoggerFactory.getLogger(FlowNodeCoverage.class);

    private final ProcessEngine engine;
    private final String processKey;
    private final Set<String> flowNodes;
    private final Set<String> covered = new TreeSet<>();

    FlowNodeCoverage(ProcessEngine engine, String resource, String processKey) {
        this.engine = engine;
        this.processKey = processKey;
        try (InputStream model = FlowNodeCoverage.class.getClassLoader().getResourceAsStream(resource)) {
            this.flowNodes = Bpmn.readModelFromStream(model).getModelElementsByType(FlowNode.class).stream()
                    .map(FlowNode::getId)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        engine.getHistoryService().createHistoricActivityInstanceQuery().list().stream()
                .filter(activity -> activity.getProcessDefinitionKey().equals(processKey))
                .map(HistoricActivityInstance::getActivityId)
                .forEach(covered::add);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Set<String> missed = new TreeSet<>(flowNodes);
        missed.removeAll(covered);
        log.info("Process test coverage of {}: {} of {} flow nodes{}", processKey, flowNodes.size() - missed.size(),
                flowNodes.size(), missed.isEmpty() ? "" : "; never reached: " + missed);
        if (!missed.isEmpty()) {
            throw new AssertionError("Flow nodes of " + processKey + " no test reaches: " + missed);
        }
    }
}
