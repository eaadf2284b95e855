package org.supervisionflow.workflows.lifecycle.engine;

import java.time.Clock;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.command.ReopenReport;

/** Sends {@link ReopenReport} with the auditor's reasons, so that the department can revise the returned version. */
@Component(ProcessConstants.DELEGATE_SEND_REOPEN_REPORT)
class SendReopenReportDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;
    private final ProcessVariables variables;
    private final Clock clock;

    SendReopenReportDelegate(ApplicationEventPublisher events, ProcessVariables variables, Clock clock) {
        this.events = events;
        this.variables = variables;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new ReopenReport(UUID.randomUUID(), variables.assignmentId(execution), clock.instant(),
                variables.reportId(execution), variables.reportVersion(execution), variables.returnReasons(execution)));
    }
}
