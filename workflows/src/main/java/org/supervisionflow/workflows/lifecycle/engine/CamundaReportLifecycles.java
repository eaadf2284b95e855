package org.supervisionflow.workflows.lifecycle.engine;

import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.EVENT_ASSIGNMENT_WITHDRAWN;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.EVENT_REPORT_OPENED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_ASSIGNMENT_ISSUED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_ASSIGNMENT_WITHDRAWN;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_REPORT_OPENED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.PROCESS_KEY;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_DEPARTMENT_CODE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_REPORT_ID;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_STAGE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_WITHDRAWAL_REASON;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.assignment.AssignmentWithdrawn;
import org.supervisionflow.contracts.submission.ReportOpened;
import org.supervisionflow.workflows.lifecycle.LifecycleStatus;
import org.supervisionflow.workflows.lifecycle.LifecycleStep;
import org.supervisionflow.workflows.lifecycle.NoWaitingLifecycleException;
import org.supervisionflow.workflows.lifecycle.ReportLifecycles;

/**
 * Report lifecycles as Camunda process instances of {@value ProcessConstants#PROCESS_KEY}, business key = the
 * assignment id. Runs inside the caller's Spring transaction (the inbox's), which is also the engine's.
 */
@Component
class CamundaReportLifecycles implements ReportLifecycles {

    private static final Logger log = LoggerFactory.getLogger(CamundaReportLifecycles.class);

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final ProcessVariables variables;
    private final JdbcClient jdbc;

    CamundaReportLifecycles(RuntimeService runtimeService, HistoryService historyService, ProcessVariables variables,
            JdbcClient jdbc) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.variables = variables;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public boolean start(AssignmentIssued issued) {
        String businessKey = issued.assignmentId().toString();
        // Kafka's ordering by key already serialises messages of one assignment; the lock keeps "one lifecycle
        // per assignment" true even when a rebalance lets two consumers handle it at once.
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))").param("key", businessKey).query().singleRow();
        if (lifecycles(businessKey).count() > 0) {
            log.info("Lifecycle of assignment {} exists already; {} {} starts none", businessKey,
                    MESSAGE_ASSIGNMENT_ISSUED, issued.id());
            return false;
        }
        runtimeService.createMessageCorrelation(MESSAGE_ASSIGNMENT_ISSUED)
                .processInstanceBusinessKey(businessKey)
                .setVariables(variables.forStart(issued))
                .correlateStartMessage();
        return true;
    }

    @Override
    @Transactional
    public void reportOpened(ReportOpened opened) {
        correlate(MESSAGE_REPORT_OPENED, EVENT_REPORT_OPENED, opened.assignmentId(), opened.id(),
                Variables.createVariables().putValue(VAR_REPORT_ID, opened.reportId().toString()));
    }

    @Override
    @Transactional
    public void withdraw(AssignmentWithdrawn withdrawn) {
        correlate(MESSAGE_ASSIGNMENT_WITHDRAWN, EVENT_ASSIGNMENT_WITHDRAWN, withdrawn.assignmentId(), withdrawn.id(),
                Variables.createVariables().putValue(VAR_WITHDRAWAL_REASON, withdrawn.reason()));
    }

    /**
     * Delivers a message to the lifecycle waiting for it. The decision is made before correlating, because a
     * failed correlation marks the shared transaction rollback-only even when caught.
     */
    private void correlate(String messageName, String catchingActivityId, UUID assignmentId, UUID messageId,
            VariableMap messageVariables) {
        String businessKey = assignmentId.toString();
        boolean waiting = runtimeService.createExecutionQuery()
                .processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey)
                .messageEventSubscriptionName(messageName)
                .count() > 0;
        if (waiting) {
            runtimeService.createMessageCorrelation(messageName)
                    .processInstanceBusinessKey(businessKey)
                    .setVariables(messageVariables)
                    .correlateWithResult();
            return;
        }
        Optional<HistoricProcessInstance> lifecycle = latest(businessKey);
        if (lifecycle.isEmpty()) {
            throw notWaitingYet(messageName, assignmentId, messageId);
        }
        if (lifecycle.get().getEndTime() != null || passed(lifecycle.get().getId(), catchingActivityId)) {
            log.info("Lifecycle of assignment {} is past {}; {} {} changes nothing", businessKey, catchingActivityId,
                    messageName, messageId);
            return;
        }
        // Started, but still busy with the steps before it waits for this message.
        throw notWaitingYet(messageName, assignmentId, messageId);
    }

    private static NoWaitingLifecycleException notWaitingYet(String messageName, UUID assignmentId, UUID messageId) {
        // The consumer's retries are silent until they run out: say here that a race is being waited out.
        log.info("No lifecycle of assignment {} waits for {} {} yet; it will be delivered again", assignmentId,
                messageName, messageId);
        return new NoWaitingLifecycleException(messageName, assignmentId);
    }

    private boolean passed(String processInstanceId, String activityId) {
        return historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .activityId(activityId)
                .count() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LifecycleStatus> status(UUID assignmentId, Optional<String> departmentScope) {
        return visible(assignmentId, departmentScope).map(lifecycle -> {
            Map<String, Object> values = historyService.createHistoricVariableInstanceQuery()
                    .processInstanceId(lifecycle.getId())
                    .variableNameIn(VAR_STAGE, VAR_DEPARTMENT_CODE)
                    .list().stream()
                    .filter(variable -> variable.getValue() != null)
                    .collect(Collectors.toMap(HistoricVariableInstance::getName,
                            HistoricVariableInstance::getValue, (first, second) -> first));
            Object stage = values.get(VAR_STAGE);
            return new LifecycleStatus(assignmentId, (String) values.get(VAR_DEPARTMENT_CODE),
                    stage == null ? null : ReportStage.valueOf((String) stage), lifecycle.getStartTime().toInstant(),
                    lifecycle.getEndTime() == null ? null : lifecycle.getEndTime().toInstant());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<LifecycleStep>> history(UUID assignmentId, Optional<String> departmentScope) {
        return visible(assignmentId, departmentScope).map(lifecycle -> historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(lifecycle.getId())
                .orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc()
                .list().stream()
                .map(CamundaReportLifecycles::step)
                .toList());
    }

    private static LifecycleStep step(HistoricActivityInstance activity) {
        return new LifecycleStep(activity.getActivityId(), activity.getActivityName(), activity.getActivityType(),
                activity.getStartTime().toInstant(),
                activity.getEndTime() == null ? null : activity.getEndTime().toInstant());
    }

    /** The department filter is part of the engine query, so isolation does not rest on the caller. */
    private Optional<HistoricProcessInstance> visible(UUID assignmentId, Optional<String> departmentScope) {
        HistoricProcessInstanceQuery query = lifecycles(assignmentId.toString());
        departmentScope.ifPresent(department -> query.variableValueEquals(VAR_DEPARTMENT_CODE, department));
        return query.list().stream().max(Comparator.comparing(HistoricProcessInstance::getStartTime));
    }

    private Optional<HistoricProcessInstance> latest(String businessKey) {
        return lifecycles(businessKey).list().stream().max(Comparator.comparing(HistoricProcessInstance::getStartTime));
    }

    private HistoricProcessInstanceQuery lifecycles(String businessKey) {
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey);
    }
}
