package org.supervisionflow.workflows.lifecycle.engine;

import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_ANSWER_ID;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_ANSWER_VERSION;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_APPROVAL_REJECTION_COMMENT;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_ASSIGNMENT_ID;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_CAMPAIGN_KIND;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_DEADLINE_KIND;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_DEADLINE_STEPS;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_DEPARTMENT_CODE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_DUE_DATE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_FINDING_SEVERITY;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_RED_AFTER;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_REMINDER_DAYS;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_YELLOW_AFTER;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_FINAL_STAGE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_FINDINGS;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_FINDING_ID;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_GRADE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_GRADE_EXCELLENT_FROM;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_GRADE_GOOD_FROM;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_GRADE_PASS_FROM;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_LIFECYCLE_ID;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_MAX_SCORE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_REPORT_ID;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_REPORT_VERSION;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_RETURN_REASONS;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_REVIEW_DECISION;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_REVIEW_ID;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_SCOPE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_SCORE_PERCENTAGE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_VETOED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_STAGE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_TARGET_STAGE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_TOTAL_SCORE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_VERIFICATION_OUTCOME;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_VERIFICATION_REASON;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.DeadlineKind;
import org.supervisionflow.contracts.DeadlinePolicy;
import org.supervisionflow.contracts.FindingSeverity;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.contracts.Grade;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.ReturnReason;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.review.FindingVerified;
import org.supervisionflow.contracts.review.ReviewClaimed;
import org.supervisionflow.contracts.review.ReviewCompleted;
import org.supervisionflow.contracts.submission.RectificationSubmitted;
import org.supervisionflow.contracts.submission.ReportApprovalRejected;
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.workflows.lifecycle.GradingProperties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and writes the lifecycle's process variables. Structured values (the assignment scope, return reasons,
 * findings) are JSON object variables (Cockpit shows them, and unlike a string variable they have no
 * 4000-character limit) written and read as JSON text with the service's own {@link ObjectMapper}, so their dates
 * need nothing from the engine's JSON set-up and no expression ever deserializes them.
 */
@Component
public class ProcessVariables {

    private static final TypeReference<List<ReturnReason>> RETURN_REASONS = new TypeReference<>() {
    };
    private static final TypeReference<List<FindingNotice>> FINDINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Integer>> REMINDER_DAYS = new TypeReference<>() {
    };
    private static final TypeReference<List<DeadlineStep>> DEADLINE_STEPS = new TypeReference<>() {
    };
    /** The warning table's severity for deadlines that are not a finding's. */
    static final String NO_SEVERITY = "NONE";

    private final ObjectMapper objectMapper;
    private final GradingProperties grading;

    public ProcessVariables(ObjectMapper objectMapper, GradingProperties grading) {
        this.objectMapper = objectMapper;
        this.grading = grading;
    }

    /** The variables a lifecycle starts with, the campaign's grade thresholds among them. */
    public VariableMap forStart(AssignmentIssued issued) {
        GradingProperties.Thresholds thresholds = grading.forCampaign(issued.scope().campaignId());
        return Variables.createVariables()
                .putValue(VAR_ASSIGNMENT_ID, issued.assignmentId().toString())
                .putValue(VAR_DEPARTMENT_CODE, issued.scope().departmentCode())
                .putValueTyped(VAR_SCOPE, json(issued.scope(), AssignmentScope.class.getName()))
                .putValue(VAR_GRADE_EXCELLENT_FROM, thresholds.excellentFrom().doubleValue())
                .putValue(VAR_GRADE_GOOD_FROM, thresholds.goodFrom().doubleValue())
                .putValue(VAR_GRADE_PASS_FROM, thresholds.passFrom().doubleValue());
    }

    /** What the lifecycle keeps of a submitted version. */
    public VariableMap forSubmitted(ReportSubmitted submitted) {
        return Variables.createVariables()
                .putValue(VAR_REPORT_ID, submitted.reportId().toString())
                .putValue(VAR_REPORT_VERSION, submitted.version());
    }

    public VariableMap forApprovalRejected(ReportApprovalRejected rejected) {
        return Variables.createVariables().putValue(VAR_APPROVAL_REJECTION_COMMENT, rejected.comment());
    }

    public VariableMap forReviewClaimed(ReviewClaimed claimed) {
        return Variables.createVariables().putValue(VAR_REVIEW_ID, claimed.reviewId().toString());
    }

    /**
     * The decision, the scores (and their percentage) and the veto, which the grade table reads, reasons and findings.
     */
    public VariableMap forReviewCompleted(ReviewCompleted completed) {
        BigDecimal total = completed.totalScore() == null ? BigDecimal.ZERO : completed.totalScore();
        BigDecimal max = completed.maxScore() == null ? BigDecimal.ZERO : completed.maxScore();
        // A review without points (max 0) cannot earn a grade above 不合格.
        double percentage = max.signum() == 0 ? 0
                : total.multiply(BigDecimal.valueOf(100)).divide(max, 4, RoundingMode.HALF_UP).doubleValue();
        return Variables.createVariables()
                .putValue(VAR_REVIEW_ID, completed.reviewId().toString())
                .putValue(VAR_REVIEW_DECISION, completed.decision().name())
                .putValue(VAR_TOTAL_SCORE, total.toPlainString())
                .putValue(VAR_MAX_SCORE, max.toPlainString())
                .putValue(VAR_SCORE_PERCENTAGE, percentage)
                .putValue(VAR_VETOED, completed.vetoed())
                .putValueTyped(VAR_RETURN_REASONS, json(
                        completed.returnReasons() == null ? List.of() : completed.returnReasons(), "java.util.List"))
                .putValueTyped(VAR_FINDINGS, json(
                        completed.findings() == null ? List.of() : completed.findings(), "java.util.List"));
    }

    public VariableMap forRectificationSubmitted(RectificationSubmitted submitted) {
        return Variables.createVariables()
                .putValue(VAR_ANSWER_ID, submitted.answerId().toString())
                .putValue(VAR_ANSWER_VERSION, submitted.answerVersion());
    }

    public VariableMap forFindingVerified(FindingVerified verified) {
        return Variables.createVariables()
                .putValue(VAR_ANSWER_ID, verified.answerId().toString())
                .putValue(VAR_VERIFICATION_OUTCOME, verified.outcome().name())
                .putValue(VAR_VERIFICATION_REASON, verified.reason());
    }

    AssignmentScope scope(DelegateExecution execution) {
        return read(execution, VAR_SCOPE, AssignmentScope.class);
    }

    UUID assignmentId(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }

    String departmentCode(DelegateExecution execution) {
        return (String) execution.getVariable(VAR_DEPARTMENT_CODE);
    }

    UUID reportId(DelegateExecution execution) {
        return UUID.fromString(required(execution, VAR_REPORT_ID));
    }

    int reportVersion(DelegateExecution execution) {
        return (Integer) execution.getVariable(VAR_REPORT_VERSION);
    }

    BigDecimal totalScore(DelegateExecution execution) {
        return new BigDecimal(required(execution, VAR_TOTAL_SCORE));
    }

    BigDecimal maxScore(DelegateExecution execution) {
        return new BigDecimal(required(execution, VAR_MAX_SCORE));
    }

    Grade grade(DelegateExecution execution) {
        return Grade.valueOf(required(execution, VAR_GRADE));
    }

    List<ReturnReason> returnReasons(DelegateExecution execution) {
        return read(execution, VAR_RETURN_REASONS, RETURN_REASONS);
    }

    /** The findings of the last review, as the lifecycle keeps them. */
    List<FindingNotice> findings(VariableScope lifecycle) {
        return read(lifecycle, VAR_FINDINGS, FINDINGS);
    }

    /** The same, from the lifecycle's variable as a rectification reads it through the engine's services. */
    List<FindingNotice> findingsOf(ObjectValue lifecycleFindings) {
        return parse(lifecycleFindings, VAR_FINDINGS, objectMapper.getTypeFactory().constructType(FINDINGS));
    }

    /** A rectification's finding, from the notices its lifecycle keeps. */
    FindingNotice finding(DelegateExecution rectification) {
        UUID findingId = findingId(rectification);
        return findingsOf(rectification.getProcessEngineServices().getRuntimeService()
                        .getVariableTyped(lifecycleId(rectification), VAR_FINDINGS, false))
                .stream()
                .filter(notice -> notice.findingId().equals(findingId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The lifecycle knows no finding " + findingId));
    }

    /** The assignment scope, read from the lifecycle itself or, in a rectification, from the lifecycle that called it. */
    AssignmentScope lifecycleScope(DelegateExecution execution) {
        Object lifecycleId = execution.getVariable(VAR_LIFECYCLE_ID);
        if (lifecycleId == null) {
            return scope(execution);
        }
        ObjectValue scope = execution.getProcessEngineServices().getRuntimeService()
                .getVariableTyped((String) lifecycleId, VAR_SCOPE, false);
        return parse(scope, VAR_SCOPE, objectMapper.getTypeFactory().constructType(AssignmentScope.class));
    }

    /** The variables a deadline's watch starts with. */
    VariableMap forDeadline(String departmentCode, DeadlineKind kind, UUID findingId, LocalDate dueDate,
            CampaignKind campaignKind, FindingSeverity severity, DeadlinePolicy policy) {
        VariableMap watch = Variables.createVariables()
                .putValue(VAR_DEPARTMENT_CODE, departmentCode)
                .putValue(VAR_DEADLINE_KIND, kind.name())
                .putValue(VAR_DUE_DATE, dueDate.toString())
                .putValue(VAR_CAMPAIGN_KIND, campaignKind.name())
                .putValue(VAR_FINDING_SEVERITY, severity == null ? NO_SEVERITY : severity.name())
                .putValueTyped(VAR_REMINDER_DAYS, json(policy.reminderWorkingDaysBefore(), "java.util.List"))
                .putValue(VAR_YELLOW_AFTER, policy.yellowWarningAfterWorkingDays())
                .putValue(VAR_RED_AFTER, policy.redWarningAfterWorkingDays());
        if (findingId != null) {
            watch.putValue(VAR_FINDING_ID, findingId.toString());
        }
        return watch;
    }

    DeadlineKind deadlineKind(DelegateExecution watch) {
        return DeadlineKind.valueOf(required(watch, VAR_DEADLINE_KIND));
    }

    /** The finding a watch is about; null for the report's and the review's deadlines. */
    UUID watchedFindingId(DelegateExecution watch) {
        Object findingId = watch.getVariable(VAR_FINDING_ID);
        return findingId == null ? null : UUID.fromString((String) findingId);
    }

    LocalDate dueDate(DelegateExecution watch) {
        return LocalDate.parse(required(watch, VAR_DUE_DATE));
    }

    /** A date kept as an ISO string (a moved due date or deadline), or null. */
    LocalDate date(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : LocalDate.parse((String) value);
    }

    List<Integer> reminderDays(DelegateExecution watch) {
        return read(watch, VAR_REMINDER_DAYS, REMINDER_DAYS);
    }

    String text(DelegateExecution execution, String name) {
        return required(execution, name);
    }

    int integer(DelegateExecution execution, String name) {
        return Integer.parseInt(required(execution, name));
    }

    List<DeadlineStep> deadlineSteps(DelegateExecution watch) {
        return read(watch, VAR_DEADLINE_STEPS, DEADLINE_STEPS);
    }

    void deadlineSteps(DelegateExecution watch, List<DeadlineStep> steps) {
        watch.setVariable(VAR_DEADLINE_STEPS, json(steps, "java.util.List"));
    }

    /** A waiting watch's steps still to come, read from outside the process (re-timing after a calendar change). */
    List<DeadlineStep> deadlineSteps(RuntimeService runtime, String watchId) {
        return parse(runtime.getVariableTyped(watchId, VAR_DEADLINE_STEPS, false), VAR_DEADLINE_STEPS,
                objectMapper.getTypeFactory().constructType(DEADLINE_STEPS));
    }

    void deadlineSteps(RuntimeService runtime, String watchId, List<DeadlineStep> steps) {
        runtime.setVariable(watchId, VAR_DEADLINE_STEPS, json(steps, "java.util.List"));
    }

    UUID findingId(DelegateExecution execution) {
        return UUID.fromString(required(execution, VAR_FINDING_ID));
    }

    /** The lifecycle a rectification belongs to. */
    String lifecycleId(DelegateExecution execution) {
        return required(execution, VAR_LIFECYCLE_ID);
    }

    UUID answerId(DelegateExecution execution) {
        return UUID.fromString(required(execution, VAR_ANSWER_ID));
    }

    int answerVersion(DelegateExecution execution) {
        return (Integer) execution.getVariable(VAR_ANSWER_VERSION);
    }

    String verificationReason(DelegateExecution execution) {
        return (String) execution.getVariable(VAR_VERIFICATION_REASON);
    }

    /** The stage last announced, {@code null} before the first announcement. */
    ReportStage stage(VariableScope lifecycle) {
        Object stage = lifecycle.getVariable(VAR_STAGE);
        return stage == null ? null : ReportStage.valueOf((String) stage);
    }

    /** Kept on the process instance, so every scope (the withdrawal sub-process too) sees the same stage. */
    void stage(DelegateExecution execution, ReportStage stage) {
        execution.getProcessInstance().setVariable(VAR_STAGE, stage.name());
    }

    /** The stage a publishing task announces, from its input parameter. */
    ReportStage targetStage(DelegateExecution execution) {
        return ReportStage.valueOf(local(execution, VAR_TARGET_STAGE));
    }

    /** The stage a closing task tells the services, from its input parameter. */
    ReportStage finalStage(DelegateExecution execution) {
        return ReportStage.valueOf(local(execution, VAR_FINAL_STAGE));
    }

    /** An input parameter of the task, or null when the task has none of that name. */
    String optionalLocal(DelegateExecution execution, String name) {
        return (String) execution.getVariableLocal(name);
    }

    static String local(DelegateExecution execution, String name) {
        Object value = execution.getVariableLocal(name);
        if (value == null) {
            throw new IllegalStateException(execution.getCurrentActivityId() + " names no " + name);
        }
        return (String) value;
    }

    private static String required(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("Process " + execution.getProcessInstanceId() + " has no " + name);
        }
        return value.toString();
    }

    private ObjectValue json(Object value, String typeName) {
        try {
            return Variables.serializedObjectValue(objectMapper.writeValueAsString(value))
                    .serializationDataFormat(SerializationDataFormats.JSON)
                    .objectTypeName(typeName)
                    .create();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(typeName + " is not JSON", e);
        }
    }

    private <T> T read(VariableScope scope, String name, Class<T> type) {
        ObjectValue value = scope.getVariableTyped(name, false);
        return parse(value, name, objectMapper.getTypeFactory().constructType(type));
    }

    private <T> T read(VariableScope scope, String name, TypeReference<T> type) {
        ObjectValue value = scope.getVariableTyped(name, false);
        return parse(value, name, objectMapper.getTypeFactory().constructType(type));
    }

    private <T> T parse(ObjectValue value, String name, JavaType type) {
        if (value == null) {
            throw new IllegalStateException("Process variables lack " + name);
        }
        try {
            return objectMapper.readValue(value.getValueSerialized(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(name + " is unreadable", e);
        }
    }
}
