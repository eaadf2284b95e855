package org.supervisionflow.submission.report;

import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.CampaignKind;

/** One line of a task list: which report, for which campaign and department, due when, and whether it is late. */
public record ReportSummary(
        UUID id,
        UUID assignmentId,
        UUID campaignId,
        String campaignTitle,
        CampaignKind kind,
        String period,
        LocalDate dueDate,
        String departmentCode,
        String departmentName,
        ReportStatus status,
        boolean overdue) {
}
