package org.supervisionflow.workflows.lifecycle.engine;

import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_FINDINGS;

import java.time.Clock;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.contracts.command.OpenRectification;

/**
 * Sends {@link OpenRectification} with this rectification's finding, as the review issued it. The findings stay
 * on the lifecycle; each rectification carries only its finding id.
 */
@Component(ProcessConstants.DELEGATE_SEND_OPEN_RECTIFICATION)
class SendOpenRectificationDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;
    private final ProcessVariables variables;
    private final Clock clock;

    SendOpenRectificationDelegate(ApplicationEventPublisher events, ProcessVariables variables, Clock clock) {
        this.events = events;
        this.variables = variables;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID findingId = variables.findingId(execution);
        FindingNotice finding = variables.findingsOf(execution.getProcessEngineServices().getRuntimeService()
                        .getVariableTyped(variables.lifecycleId(execution), VAR_FINDINGS, false))
                .stream()
                .filter(notice -> notice.findingId().equals(findingId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The lifecycle knows no finding " + findingId));
        events.publishEvent(new OpenRectification(UUID.randomUUID(), variables.assignmentId(execution),
                clock.instant(), variables.reportId(execution), finding));
    }
}
