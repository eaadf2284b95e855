package org.supervisionflow.workflows.lifecycle.engine;

import java.time.Clock;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.command.OpenReport;

/** Sends the {@link OpenReport} command with the assignment's scope, through the outbox in the job's transaction. */
@Component(ProcessConstants.DELEGATE_SEND_OPEN_REPORT)
class SendOpenReportDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;
    private final ProcessVariables variables;
    private final Clock clock;

    SendOpenReportDelegate(ApplicationEventPublisher events, ProcessVariables variables, Clock clock) {
        this.events = events;
        this.variables = variables;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new OpenReport(UUID.randomUUID(), variables.assignmentId(execution), clock.instant(),
                variables.scope(execution)));
    }
}
