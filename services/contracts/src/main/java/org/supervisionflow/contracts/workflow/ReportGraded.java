package org.supervisionflow.contracts.workflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Grade;

/** The engine graded an accepted report from its total score with the campaign's thresholds (a DMN table). */
public record ReportGraded(UUID id, UUID assignmentId, Instant occurredAt, String departmentCode, int reportVersion,
        BigDecimal totalScore, BigDecimal maxScore, Grade grade) implements WorkflowEvent {
}
