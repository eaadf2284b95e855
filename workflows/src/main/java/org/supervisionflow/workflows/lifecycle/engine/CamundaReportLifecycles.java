package org.supervisionflow.workflows.lifecycle.engine;

import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.DEADLINE_PROCESS_KEY;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_ASSIGNMENT_ISSUED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_DEADLINE_MOVED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_ASSIGNMENT_WITHDRAWN;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_DRAFT_STARTED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_FINDING_VERIFIED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_RECTIFICATION_SUBMITTED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_REPORT_APPROVAL_REJECTED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_REPORT_OPENED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_REPORT_SENT_FOR_APPROVAL;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_REPORT_SUBMITTED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_REVIEW_CLAIMED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_REVIEW_COMPLETED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_REVIEW_RELEASED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.PROCESS_KEY;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.RECTIFICATION_PROCESS_KEY;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_ANSWER_ID;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_DEADLINE_KIND;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_DEPARTMENT_CODE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_DUE_DATE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_FINDING_DEADLINE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_FINDING_ID;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_REPORT_DUE_DATE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_REPORT_ID;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_REPORT_VERSION;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_STAGE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_WITHDRAWAL_REASON;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ExecutionQuery;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.DeadlineKind;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.SupervisionMessage;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.assignment.AssignmentWithdrawn;
import org.supervisionflow.contracts.review.FindingVerified;
import org.supervisionflow.contracts.review.ReviewClaimed;
import org.supervisionflow.contracts.review.ReviewCompleted;
import org.supervisionflow.contracts.review.ReviewReleased;
import org.supervisionflow.contracts.submission.DraftStarted;
import org.supervisionflow.contracts.submission.RectificationSubmitted;
import org.supervisionflow.contracts.submission.ReportApprovalRejected;
import org.supervisionflow.contracts.submission.ReportOpened;
import org.supervisionflow.contracts.submission.ReportSentForApproval;
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.workflows.lifecycle.LifecycleDiagram;
import org.supervisionflow.workflows.lifecycle.LifecycleStatus;
import org.supervisionflow.workflows.lifecycle.LifecycleStep;
import org.supervisionflow.workflows.lifecycle.NoWaitingLifecycleException;
import org.supervisionflow.workflows.lifecycle.ReportLifecycles;

/**
 * Report lifecycles as Camunda process instances of {@value ProcessConstants#PROCESS_KEY}, business key = the
 * assignment id, with their {@value ProcessConstants#RECTIFICATION_PROCESS_KEY} instances under the same key. Runs
 * inside the caller's Spring transaction (the inbox's), which is also the engine's.
 */
@Component
class CamundaReportLifecycles implements ReportLifecycles {

    private static final Logger log = LoggerFactory.getLogger(CamundaReportLifecycles.class);

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final ProcessVariables variables;
    private final JdbcClient jdbc;

    CamundaReportLifecycles(RuntimeService runtimeService, HistoryService historyService,
            ManagementService managementService, RepositoryService repositoryService, ProcessVariables variables,
            JdbcClient jdbc) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.managementService = managementService;
        this.repositoryService = repositoryService;
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
        correlate(MESSAGE_REPORT_OPENED, opened, Map.of(),
                Variables.createVariables().putValue(VAR_REPORT_ID, opened.reportId().toString()));
    }

    @Override
    @Transactional
    public void draftStarted(DraftStarted started) {
        correlate(MESSAGE_DRAFT_STARTED, started, Map.of(), Variables.createVariables());
    }

    @Override
    @Transactional
    public void sentForApproval(ReportSentForApproval sent) {
        correlate(MESSAGE_REPORT_SENT_FOR_APPROVAL, sent, Map.of(), Variables.createVariables());
    }

    @Override
    @Transactional
    public void approvalRejected(ReportApprovalRejected rejected) {
        correlate(MESSAGE_REPORT_APPROVAL_REJECTED, rejected, Map.of(), variables.forApprovalRejected(rejected));
    }

    @Override
    @Transactional
    public void submitted(ReportSubmitted submitted) {
        correlate(MESSAGE_REPORT_SUBMITTED, submitted, Map.of(), variables.forSubmitted(submitted));
    }

    @Override
    @Transactional
    public void reviewClaimed(ReviewClaimed claimed) {
        correlate(MESSAGE_REVIEW_CLAIMED, claimed, Map.of(VAR_REPORT_VERSION, claimed.reportVersion()),
                variables.forReviewClaimed(claimed));
    }

    @Override
    @Transactional
    public void reviewReleased(ReviewReleased released) {
        correlate(MESSAGE_REVIEW_RELEASED, released, Map.of(VAR_REPORT_VERSION, released.reportVersion()),
                Variables.createVariables());
    }

    @Override
    @Transactional
    public void reviewCompleted(ReviewCompleted completed) {
        correlate(MESSAGE_REVIEW_COMPLETED, completed, Map.of(VAR_REPORT_VERSION, completed.reportVersion()),
                variables.forReviewCompleted(completed));
    }

    @Override
    @Transactional
    public void rectificationSubmitted(RectificationSubmitted submitted) {
        correlate(MESSAGE_RECTIFICATION_SUBMITTED, submitted,
                Map.of(VAR_FINDING_ID, submitted.findingId().toString()),
                variables.forRectificationSubmitted(submitted));
    }

    @Override
    @Transactional
    public void findingVerified(FindingVerified verified) {
        correlate(MESSAGE_FINDING_VERIFIED, verified, Map.of(VAR_FINDING_ID, verified.findingId().toString(),
                VAR_ANSWER_ID, verified.answerId().toString()), variables.forFindingVerified(verified));
    }

    @Override
    @Transactional
    public void withdraw(AssignmentWithdrawn withdrawn) {
        correlate(MESSAGE_ASSIGNMENT_WITHDRAWN, withdrawn, Map.of(),
                Variables.createVariables().putValue(VAR_WITHDRAWAL_REASON, withdrawn.reason()));
    }

    @Override
    @Transactional
    public void deadlineMoved(UUID assignmentId, UUID findingId, LocalDate newDueDate, UUID messageId) {
        String businessKey = assignmentId.toString();
        Optional<HistoricProcessInstance> lifecycle = latest(businessKey);
        boolean busy = busy(businessKey);
        if (lifecycle.isEmpty()) {
            // Extensions and moved due dates share the assignment's topic and key with AssignmentIssued, which was
            // therefore handled before: no lifecycle now means none is coming (an assignment issued before this service
            // ran, or a test's stray event).
            log.info("No lifecycle of assignment {}; {} {} changes nothing", businessKey, MESSAGE_DEADLINE_MOVED,
                    messageId);
            return;
        }
        if (lifecycle.get().getEndTime() != null) {
            log.info("Lifecycle of assignment {} has ended; {} {} changes nothing", businessKey, MESSAGE_DEADLINE_MOVED,
                    messageId);
            return;
        }
        if (busy) {
            // A rectification or the watch may be about to start: it must start from the new date.
            throw notWaitingYet(MESSAGE_DEADLINE_MOVED, assignmentId, messageId);
        }
        // Kept where the next watch of this deadline reads it: a finding answered now may be rejected later.
        String dueDate = newDueDate.toString();
        MessageCorrelationBuilder moved = runtimeService.createMessageCorrelation(MESSAGE_DEADLINE_MOVED)
                .processInstanceBusinessKey(businessKey)
                .setVariable(VAR_DUE_DATE, dueDate);
        if (findingId == null) {
            runtimeService.setVariable(lifecycle.get().getId(), VAR_REPORT_DUE_DATE, dueDate);
            moved.processInstanceVariableEquals(VAR_DEADLINE_KIND, DeadlineKind.REPORT_SUBMISSION.name());
        } else {
            runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey)
                    .processDefinitionKey(RECTIFICATION_PROCESS_KEY)
                    .variableValueEquals(VAR_FINDING_ID, findingId.toString())
                    .list()
                    .forEach(rectification -> runtimeService.setVariable(rectification.getId(),
                            VAR_FINDING_DEADLINE, dueDate));
            moved.processInstanceVariableEquals(VAR_DEADLINE_KIND, DeadlineKind.RECTIFICATION.name())
                    .processInstanceVariableEquals(VAR_FINDING_ID, findingId.toString());
        }
        if (moved.correlateAllWithResult().isEmpty()) {
            log.info("No watch of assignment {} {} runs; {} {} only changes the date the next one starts from",
                    businessKey, findingId == null ? "report due date" : "finding " + findingId,
                    MESSAGE_DEADLINE_MOVED, messageId);
        }
    }

    /**
     * Delivers a message to the lifecycle (or rectification) waiting for it whose variables equal {@code expected}:
     * the finding (and the answer) a rectification event is about, the version a review event is about, so that a
     * fact about an older version or answer finds nothing waiting and is skipped. The decision is made before
     * correlating, because a failed correlation marks the shared transaction rollback-only even when caught.
     */
    private void correlate(String messageName, SupervisionMessage message, Map<String, Object> expected,
            VariableMap messageVariables) {
        String businessKey = message.assignmentId().toString();
        // Jobs and other consumers commit while this runs, so the questions come in this order: whether the lifecycle
        // exists, whether it is busy, whether it waits. A lifecycle started or a job committed between two of them
        // then counts as missing or busy (retry) or has already made the lifecycle wait (correlate), never as "at
        // rest and not waiting", which would skip an early message.
        Optional<HistoricProcessInstance> lifecycle = latest(businessKey);
        boolean busy = busy(businessKey);
        ExecutionQuery waiting = runtimeService.createExecutionQuery()
                .processInstanceBusinessKey(businessKey)
                .messageEventSubscriptionName(messageName);
        expected.forEach(waiting::processVariableValueEquals);
        if (waiting.count() > 0) {
            MessageCorrelationBuilder correlation = runtimeService.createMessageCorrelation(messageName)
                    .processInstanceBusinessKey(businessKey)
                    .setVariables(messageVariables);
            expected.forEach(correlation::processInstanceVariableEquals);
            correlation.correlateWithResult();
            return;
        }
        if (lifecycle.isEmpty()) {
            throw notWaitingYet(messageName, message);
        }
        if (lifecycle.get().getEndTime() != null) {
            log.info("Lifecycle of assignment {} has ended; {} {} changes nothing", businessKey, messageName,
                    message.id());
            return;
        }
        if (busy) {
            // Still running the asynchronous steps before its next wait state, which may be the one for this message.
            throw notWaitingYet(messageName, message);
        }
        // At rest, waiting for something else: only a later message could make it wait for this one, and every
        // later message follows from a command the engine has not sent yet. So it is late or a duplicate.
        log.info("Lifecycle of assignment {} does not wait for {} {}; {} {} is late or a duplicate and changes nothing",
                businessKey, messageName, expected, messageName, message.id());
    }

    /** Whether the lifecycle or one of its rectifications has asynchronous continuations left to run. */
    private boolean busy(String businessKey) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .anyMatch(instance -> managementService.createJobQuery()
                        .processInstanceId(instance.getId())
                        .messages()
                        .count() > 0);
    }

    private static NoWaitingLifecycleException notWaitingYet(String messageName, SupervisionMessage message) {
        return notWaitingYet(messageName, message.assignmentId(), message.id());
    }

    private static NoWaitingLifecycleException notWaitingYet(String messageName, UUID assignmentId, UUID messageId) {
        // The consumer's retries are silent until they run out: say here that a race is being waited out.
        log.info("No lifecycle of assignment {} waits for {} {} yet; it will be delivered again", assignmentId,
                messageName, messageId);
        return new NoWaitingLifecycleException(messageName, assignmentId);
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
        return visible(assignmentId, departmentScope).map(lifecycle -> family(lifecycle).stream()
                .flatMap(instance -> activities(instance).stream())
                // Stable: within one instance the engine's order (start time, then occurrence) is kept.
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
                .map(CamundaReportLifecycles::step)
                .toList());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LifecycleDiagram> diagram(UUID assignmentId, Optional<String> departmentScope) {
        return visible(assignmentId, departmentScope).map(lifecycle -> {
            List<HistoricProcessInstance> family = family(lifecycle);
            Map<String, String> xml = new LinkedHashMap<>();
            family.forEach(instance -> xml.computeIfAbsent(instance.getProcessDefinitionId(), this::bpmnXml));
            Map<String, List<LifecycleDiagram.Instance>> byKey = family.stream()
                    .map(this::diagramInstance)
                    .collect(Collectors.groupingBy(LifecycleDiagram.Instance::processKey));
            return new LifecycleDiagram(diagramInstance(lifecycle),
                    byKey.getOrDefault(RECTIFICATION_PROCESS_KEY, List.of()),
                    byKey.getOrDefault(DEADLINE_PROCESS_KEY, List.of()), xml);
        });
    }

    /** The lifecycle, then every rectification and deadline watch under its business key, oldest first. */
    private List<HistoricProcessInstance> family(HistoricProcessInstance lifecycle) {
        return historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(lifecycle.getBusinessKey())
                .orderByProcessInstanceStartTime().asc()
                .list().stream()
                .filter(instance -> instance.getId().equals(lifecycle.getId())
                        || !PROCESS_KEY.equals(instance.getProcessDefinitionKey()))
                .toList();
    }

    private List<HistoricActivityInstance> activities(HistoricProcessInstance instance) {
        return historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc()
                .list();
    }

    private LifecycleDiagram.Instance diagramInstance(HistoricProcessInstance instance) {
        List<HistoricActivityInstance> activities = activities(instance).stream()
                // A multi-instance body has an id of its own ("…#multiInstanceBody") that no diagram shows.
                .filter(activity -> !activity.getActivityId().contains("#"))
                .toList();
        Map<String, Object> values = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableNameIn(VAR_FINDING_ID, VAR_DEADLINE_KIND)
                .list().stream()
                .filter(variable -> variable.getValue() != null)
                .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue,
                        (first, second) -> first));
        return new LifecycleDiagram.Instance(instance.getId(), instance.getProcessDefinitionKey(),
                instance.getProcessDefinitionId(), (String) values.get(VAR_FINDING_ID),
                (String) values.get(VAR_DEADLINE_KIND), instance.getEndTime() != null,
                activities.stream().filter(activity -> activity.getEndTime() != null)
                        .map(HistoricActivityInstance::getActivityId).distinct().toList(),
                activities.stream().filter(activity -> activity.getEndTime() == null)
                        .map(HistoricActivityInstance::getActivityId).distinct().toList());
    }

    private String bpmnXml(String processDefinitionId) {
        try (InputStream model = repositoryService.getProcessModel(processDefinitionId)) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("BPMN of " + processDefinitionId + " is unreadable", e);
        }
    }

    private static LifecycleStep step(HistoricActivityInstance activity) {
        return new LifecycleStep(activity.getProcessDefinitionKey(), activity.getProcessInstanceId(),
                activity.getActivityId(), activity.getActivityName(), activity.getActivityType(),
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
