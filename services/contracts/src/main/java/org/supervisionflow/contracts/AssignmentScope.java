package org.supervisionflow.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What one department was asked for in one campaign: enough for a report workspace to be built from it alone. */
public record AssignmentScope(
        UUID campaignId,
        String campaignTitle,
        String documentNumber,
        CampaignKind kind,
        String period,
        LocalDate dueDate,
        String departmentCode,
        String departmentName,
        boolean asksForPrincipalDuty,
        List<AssignedIndicator> indicators) {
}
