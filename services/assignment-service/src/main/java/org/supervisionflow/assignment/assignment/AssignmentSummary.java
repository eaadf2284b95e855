package org.supervisionflow.assignment.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.EscalationTarget;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.WarningLevel;

/**
 * An assignment as lists and the progress board show it: where the report stands, whether the engine marked it
 * overdue, the warning (黄牌/红牌, null for none) and escalation (督办, null for none) it reached, and when it was
 * first submitted.
 */
public record AssignmentSummary(
        UUID id,
        UUID campaignId,
        String campaignTitle,
        CampaignKind kind,
        String documentNumber,
        String period,
        LocalDate dueDate,
        String departmentCode,
        String departmentName,
        AssignmentStatus status,
        ReportStage stage,
        Instant stageChangedAt,
        Instant issuedAt,
        int indicatorCount,
        boolean overdue,
        WarningLevel warningLevel,
        EscalationTarget escalatedTo,
        Instant submittedAt) {
}
