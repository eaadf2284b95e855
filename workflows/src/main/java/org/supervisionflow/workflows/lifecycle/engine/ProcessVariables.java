package org.supervisionflow.workflows.lifecycle.engine;

import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_ANSWER_ID;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_ANSWER_VERSION;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_APPROVAL_REJECTION_COMMENT;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_ASSIGNMENT_ID;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_DEPARTMENT_CODE;
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
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_STAGE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_TARGET_STAGE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_TOTAL_SCORE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_VERIFICATION_OUTCOME;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_VERIFICATION_REASON;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.AssignmentScope;
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

    /** The decision, the scores (and their percentage, the grade table's input), reasons and findings. */
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

    private static String local(DelegateExecution execution, String name) {
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
