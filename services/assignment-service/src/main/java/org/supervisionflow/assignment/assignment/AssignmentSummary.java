package org.supervisionflow.assignment.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.ReportStage;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An assignment as lists and the progress board show it: where the report stands, its deadline marks, for an annual
 * report the day it was made public ({@code publishedOn}, null while not published), and its review result (score,
 * grade; see {@link ReportScore}).
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
        LocalDate publishedOn,
        @JsonUnwrapped DeadlineMarks deadline,
        @JsonUnwrapped ReportScore result) {
}
