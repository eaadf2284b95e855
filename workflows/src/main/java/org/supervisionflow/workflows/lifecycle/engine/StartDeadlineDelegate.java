package org.supervisionflow.workflows.lifecycle.engine;

import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.DEADLINE_PROCESS_KEY;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_DEADLINE_KIND;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_FINDING_DEADLINE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_REPORT_DUE_DATE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_RESUBMISSION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.DeadlineKind;
import org.supervisionflow.contracts.DeadlinePolicy;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.workflows.lifecycle.DeadlineProperties;

/**
 * Starts the watch ({@value ProcessConstants#DEADLINE_PROCESS_KEY}) of the deadline its task names in
 * {@code deadlineKind}: the report's due date, the review's time limit from today, or this rectification's finding
 * deadline, each as last moved. A task that also sets {@code resubmission} watches a returned report's way back: due
 * on the report's due date, but no sooner than {@link DeadlineProperties#resubmissionWorkingDays()} working days from
 * today, so that a report returned late is not overdue the moment it goes back. The watch shares the lifecycle's
 * business key.
 */
@Component(ProcessConstants.DELEGATE_START_DEADLINE)
class StartDeadlineDelegate implements JavaDelegate {

    private final ProcessVariables variables;
    private final DeadlinePlanner planner;
    private final DeadlineProperties deadlines;
    private final Clock clock;

    StartDeadlineDelegate(ProcessVariables variables, DeadlinePlanner planner, DeadlineProperties deadlines,
            Clock clock) {
        this.variables = variables;
        this.planner = planner;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DeadlineKind kind = DeadlineKind.valueOf(ProcessVariables.local(execution, VAR_DEADLINE_KIND));
        AssignmentScope scope = variables.lifecycleScope(execution);
        DeadlinePolicy policy = scope.effectiveDeadlinePolicy();
        FindingNotice finding = kind == DeadlineKind.RECTIFICATION ? variables.finding(execution) : null;
        LocalDate dueDate = switch (kind) {
            case REPORT_SUBMISSION -> reportDueDate(execution, scope);
            case REVIEW -> planner.limitFrom(clock.instant(), policy.reviewWorkingDays());
            case RECTIFICATION -> Objects.requireNonNullElse(variables.date(execution, VAR_FINDING_DEADLINE),
                    finding.deadline());
        };
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(DEADLINE_PROCESS_KEY,
                execution.getProcessBusinessKey(), variables.forDeadline(variables.departmentCode(execution), kind,
                        finding == null ? null : finding.findingId(), dueDate, scope.kind(),
                        finding == null ? null : finding.severity(), policy));
    }

    private LocalDate reportDueDate(DelegateExecution execution, AssignmentScope scope) {
        LocalDate dueDate = Objects.requireNonNullElse(variables.date(execution, VAR_REPORT_DUE_DATE), scope.dueDate());
        if (!"true".equals(execution.getVariableLocal(VAR_RESUBMISSION))) {
            return dueDate;
        }
        LocalDate leastTime = planner.limitFrom(clock.instant(), deadlines.resubmissionWorkingDays());
        return dueDate.isAfter(leastTime) ? dueDate : leastTime;
    }
}
