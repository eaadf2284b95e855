package org.supervisionflow.workflows.lifecycle.engine;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.FindingNotice;

/**
 * The last review's findings as the lifecycle's gateway and call activity ask for them: whether there are any, and
 * the ids {@code CallActivity_Rectification} runs one rectification for each. Public, because the engine's expression language calls it by reflection.
 */
@Component(ProcessConstants.BEAN_FINDINGS)
public class LifecycleFindings {

    private final ProcessVariables variables;

    public LifecycleFindings(ProcessVariables variables) {
        this.variables = variables;
    }

    /** Whether the last review issued any finding: {@code Gateway_Findings} routes on it. */
    public boolean any(DelegateExecution lifecycle) {
        return !variables.findings(lifecycle).isEmpty();
    }

    /** The finding ids as strings, one rectification each. */
    public List<String> ids(DelegateExecution lifecycle) {
        return variables.findings(lifecycle).stream().map(FindingNotice::findingId).map(Object::toString).toList();
    }
}
