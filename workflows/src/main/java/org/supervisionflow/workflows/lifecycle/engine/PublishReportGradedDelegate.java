package org.supervisionflow.workflows.lifecycle.engine;

import java.time.Clock;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.workflow.ReportGraded;

/** Publishes {@link ReportGraded} with the grade the decision table derived from the accepted version's scores. */
@Component(ProcessConstants.DELEGATE_PUBLISH_REPORT_GRADED)
class PublishReportGradedDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;
    private final ProcessVariables variables;
    private final Clock clock;

    PublishReportGradedDelegate(ApplicationEventPublisher events, ProcessVariables variables, Clock clock) {
        this.events = events;
        this.variables = variables;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new ReportGraded(UUID.randomUUID(), variables.assignmentId(execution), clock.instant(),
                variables.departmentCode(execution), variables.reportVersion(execution),
                variables.totalScore(execution), variables.maxScore(execution), variables.grade(execution)));
    }
}
