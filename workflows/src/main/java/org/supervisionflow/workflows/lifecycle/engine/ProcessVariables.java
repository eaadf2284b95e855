package org.supervisionflow.workflows.lifecycle.engine;

import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_ASSIGNMENT_ID;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_DEPARTMENT_CODE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_SCOPE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_STAGE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_TARGET_STAGE;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.assignment.AssignmentIssued;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and writes the lifecycle's process variables. The assignment scope is a JSON object variable (Cockpit
 * shows it, and unlike a string variable it has no 4000-character limit) written and read as JSON text with the
 * service's own {@link ObjectMapper}, so its dates need nothing from the engine's JSON set-up.
 */
@Component
public class ProcessVariables {

    private final ObjectMapper objectMapper;

    public ProcessVariables(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** The variables a lifecycle starts with. */
    public VariableMap forStart(AssignmentIssued issued) {
        try {
            ObjectValue scope = Variables.serializedObjectValue(objectMapper.writeValueAsString(issued.scope()))
                    .serializationDataFormat(SerializationDataFormats.JSON)
                    .objectTypeName(AssignmentScope.class.getName())
                    .create();
            return Variables.createVariables()
                    .putValue(VAR_ASSIGNMENT_ID, issued.assignmentId().toString())
                    .putValue(VAR_DEPARTMENT_CODE, issued.scope().departmentCode())
                    .putValueTyped(VAR_SCOPE, scope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Assignment scope of " + issued.assignmentId() + " is not JSON", e);
        }
    }

    AssignmentScope scope(DelegateExecution execution) {
        ObjectValue value = execution.getVariableTyped(VAR_SCOPE, false);
        if (value == null) {
            throw new IllegalStateException("Lifecycle " + execution.getProcessInstanceId() + " has no " + VAR_SCOPE);
        }
        try {
            return objectMapper.readValue(value.getValueSerialized(), AssignmentScope.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Scope of lifecycle " + execution.getProcessInstanceId() + " is unreadable", e);
        }
    }

    UUID assignmentId(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }

    String departmentCode(DelegateExecution execution) {
        return (String) execution.getVariable(VAR_DEPARTMENT_CODE);
    }

    /** The stage last announced, {@code null} before the first announcement. */
    ReportStage stage(DelegateExecution execution) {
        Object stage = execution.getVariable(VAR_STAGE);
        return stage == null ? null : ReportStage.valueOf((String) stage);
    }

    /** Kept on the process instance, so every scope (the withdrawal sub-process too) sees the same stage. */
    void stage(DelegateExecution execution, ReportStage stage) {
        execution.getProcessInstance().setVariable(VAR_STAGE, stage.name());
    }

    /** The stage a publishing task announces, from its input parameter. */
    ReportStage targetStage(DelegateExecution execution) {
        Object target = execution.getVariableLocal(VAR_TARGET_STAGE);
        if (target == null) {
            throw new IllegalStateException(execution.getCurrentActivityId() + " names no " + VAR_TARGET_STAGE);
        }
        return ReportStage.valueOf((String) target);
    }
}
