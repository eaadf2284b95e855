package org.supervisionflow.workflows.lifecycle.engine;

import java.time.Clock;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.command.OpenVerification;

/** Sends {@link OpenVerification} for the rectification answer the department's leader approved. */
@Component(ProcessConstants.DELEGATE_SEND_OPEN_VERIFICATION)
class SendOpenVerificationDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;
    private final ProcessVariables variables;
    private final Clock clock;

    SendOpenVerificationDelegate(ApplicationEventPublisher events, ProcessVariables variables, Clock clock) {
        this.events = events;
        this.variables = variables;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new OpenVerification(UUID.randomUUID(), variables.assignmentId(execution), clock.instant(),
                variables.findingId(execution), variables.answerId(execution), variables.answerVersion(execution)));
    }
}
