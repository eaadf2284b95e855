package org.supervisionflow.workflows.lifecycle.engine;

import java.time.Clock;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.command.OpenReview;

/** Sends {@link OpenReview} for the submitted version, so that it enters the auditors' queue. */
@Component(ProcessConstants.DELEGATE_SEND_OPEN_REVIEW)
class SendOpenReviewDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;
    private final ProcessVariables variables;
    private final Clock clock;

    SendOpenReviewDelegate(ApplicationEventPublisher events, ProcessVariables variables, Clock clock) {
        this.events = events;
        this.variables = variables;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AssignmentScope scope = variables.scope(execution);
        events.publishEvent(new OpenReview(UUID.randomUUID(), variables.assignmentId(execution), clock.instant(),
                variables.reportId(execution), variables.reportVersion(execution), scope.campaignId(),
                scope.campaignTitle(), scope.departmentCode(), scope.departmentName()));
    }
}
