package org.supervisionflow.workflows.lifecycle.engine;

import java.time.Clock;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.workflow.StageChanged;

/**
 * Announces the stage named by the task's {@code targetStage} input: publishes {@link StageChanged} to the
 * outbox, inside the job's transaction, and remembers the stage as the lifecycle's current one.
 */
@Component(ProcessConstants.DELEGATE_PUBLISH_STAGE_CHANGED)
class PublishStageChangedDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;
    private final ProcessVariables variables;
    private final Clock clock;

    PublishStageChangedDelegate(ApplicationEventPublisher events, ProcessVariables variables, Clock clock) {
        this.events = events;
        this.variables = variables;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportStage next = variables.targetStage(execution);
        events.publishEvent(new StageChanged(UUID.randomUUID(), variables.assignmentId(execution), clock.instant(),
                variables.departmentCode(execution), variables.stage(execution), next));
        variables.stage(execution, next);
    }
}
