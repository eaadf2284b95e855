package org.supervisionflow.workflows.lifecycle.engine;

import java.time.Clock;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.command.ReopenRectification;

/** Sends {@link ReopenRectification} after the auditor rejected an answer, with the auditor's reason. */
@Component(ProcessConstants.DELEGATE_SEND_REOPEN_RECTIFICATION)
class SendReopenRectificationDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;
    private final ProcessVariables variables;
    private final Clock clock;

    SendReopenRectificationDelegate(ApplicationEventPublisher events, ProcessVariables variables, Clock clock) {
        this.events = events;
        this.variables = variables;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new ReopenRectification(UUID.randomUUID(), variables.assignmentId(execution),
                clock.instant(), variables.findingId(execution), variables.answerId(execution),
                variables.verificationReason(execution)));
    }
}
