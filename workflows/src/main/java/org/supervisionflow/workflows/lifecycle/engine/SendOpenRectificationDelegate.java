package org.supervisionflow.workflows.lifecycle.engine;

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
        FindingNotice finding = variables.finding(execution);
        events.publishEvent(new OpenRectification(UUID.randomUUID(), variables.assignmentId(execution),
                clock.instant(), variables.reportId(execution), finding));
    }
}
