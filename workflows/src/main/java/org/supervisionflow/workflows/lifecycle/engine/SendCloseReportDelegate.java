package org.supervisionflow.workflows.lifecycle.engine;

import java.time.Clock;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.command.CloseReport;

/** Sends {@link CloseReport} with the task's {@code finalStage}: CLOSED, or WITHDRAWN with the office's reason. */
@Component(ProcessConstants.DELEGATE_SEND_CLOSE_REPORT)
class SendCloseReportDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;
    private final ProcessVariables variables;
    private final Clock clock;

    SendCloseReportDelegate(ApplicationEventPublisher events, ProcessVariables variables, Clock clock) {
        this.events = events;
        this.variables = variables;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportStage finalStage = variables.finalStage(execution);
        String reason = finalStage == ReportStage.WITHDRAWN
                ? (String) execution.getVariable(ProcessConstants.VAR_WITHDRAWAL_REASON)
                : null;
        events.publishEvent(new CloseReport(UUID.randomUUID(), variables.assignmentId(execution), clock.instant(),
                finalStage, reason));
    }
}
