package org.supervisionflow.workflows.lifecycle.engine;

import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_FINDING_STAGE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_STAGE;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.workflow.StageChanged;

/**
 * Moves one finding to the task's {@code targetStage} and announces the report's stage when that changes it. With
 * several findings open at once the report stands where its least advanced open finding stands: RECTIFYING while
 * any finding awaits an answer, RECTIFICATION_SUBMITTED once every open finding has an answer in, VERIFYING once
 * every one of those answers is before the auditors. A closed finding no longer counts. The lifecycle's
 * {@code stage} variable is the report's stage, so the previous stage of each announcement is exact.
 */
@Component(ProcessConstants.DELEGATE_PUBLISH_RECTIFICATION_STAGE)
class PublishRectificationStageDelegate implements JavaDelegate {

    /** From least to most advanced. */
    private static final List<ReportStage> FINDING_STAGES = List.of(ReportStage.RECTIFYING,
            ReportStage.RECTIFICATION_SUBMITTED, ReportStage.VERIFYING);

    private final ApplicationEventPublisher events;
    private final ProcessVariables variables;
    private final Clock clock;

    PublishRectificationStageDelegate(ApplicationEventPublisher events, ProcessVariables variables, Clock clock) {
        this.events = events;
        this.variables = variables;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportStage findingStage = variables.targetStage(execution);
        execution.getProcessInstance().setVariable(VAR_FINDING_STAGE, findingStage.name());

        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        String lifecycleId = variables.lifecycleId(execution);
        ReportStage reportStage = findingStage;
        for (ProcessInstance other : runtime.createProcessInstanceQuery().superProcessInstanceId(lifecycleId).list()) {
            Object stage = other.getId().equals(execution.getProcessInstanceId()) ? null
                    : runtime.getVariable(other.getId(), VAR_FINDING_STAGE);
            if (stage != null && FINDING_STAGES.indexOf(ReportStage.valueOf((String) stage))
                    < FINDING_STAGES.indexOf(reportStage)) {
                reportStage = ReportStage.valueOf((String) stage);
            }
        }
        Object current = runtime.getVariable(lifecycleId, VAR_STAGE);
        ReportStage previous = current == null ? null : ReportStage.valueOf((String) current);
        if (reportStage != previous) {
            events.publishEvent(new StageChanged(UUID.randomUUID(), variables.assignmentId(execution), clock.instant(),
                    variables.departmentCode(execution), previous, reportStage));
            runtime.setVariable(lifecycleId, VAR_STAGE, reportStage.name());
        }
    }
}
