package org.supervisionflow.workflows.lifecycle.engine;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.FindingNotice;

/**
 * The collection {@code CallActivity_Rectification} runs one rectification per element of: the ids of the last
 * review's findings. Public, because the engine's expression language calls it by reflection.
 */
@Component(ProcessConstants.BEAN_FINDINGS)
public class LifecycleFindings {

    private final ProcessVariables variables;

    public LifecycleFindings(ProcessVariables variables) {
        this.variables = variables;
    }

    /** The finding ids as strings, one rectification each. */
    public List<String> ids(DelegateExecution lifecycle) {
        return variables.findings(lifecycle).stream().map(FindingNotice::findingId).map(Object::toString).toList();
    }
}
