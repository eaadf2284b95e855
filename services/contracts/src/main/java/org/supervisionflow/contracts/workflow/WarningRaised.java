package org.supervisionflow.contracts.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.DeadlineKind;
import org.supervisionflow.contracts.WarningLevel;

/** An overdue report or finding earned a warning (黄牌/红牌预警) after {@code workingDaysOverdue} working days. */
public record WarningRaised(UUID id, UUID assignmentId, Instant occurredAt, String departmentCode, DeadlineKind kind, UUID findingId,
        LocalDate dueDate, WarningLevel level, int workingDaysOverdue) implements WorkflowEvent {
}
