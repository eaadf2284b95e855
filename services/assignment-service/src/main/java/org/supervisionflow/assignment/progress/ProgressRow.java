package org.supervisionflow.assignment.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.EscalationTarget;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.WarningLevel;

/**
 * One department's assignment in a campaign, as progress statistics count it. {@code onTime} is true when the report
 * was first submitted by the end of its due date (offices' calendar day), false when it was submitted later or is
 * still owed after it, and null while it is owed and not yet due. {@code overdue} is the engine's mark, or owed past
 * the due date.
 */
public record ProgressRow(
        UUID campaignId,
        String campaignTitle,
        int year,
        UUID assignmentId,
        String departmentCode,
        String departmentName,
        ReportStage stage,
        LocalDate dueDate,
        Instant submittedAt,
        Boolean onTime,
        boolean overdue,
        WarningLevel warningLevel,
        EscalationTarget escalatedTo) {
}
