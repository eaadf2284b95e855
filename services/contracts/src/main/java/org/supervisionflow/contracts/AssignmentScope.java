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
        List<AssignedIndicator> indicators,
        DeadlinePolicy deadlinePolicy) {

    /** A scope on the engine's default deadline rules (what messages from before deadline policies carry). */
    public AssignmentScope(UUID campaignId, String campaignTitle, String documentNumber, CampaignKind kind, String period,
            LocalDate dueDate, String departmentCode, String departmentName, boolean asksForPrincipalDuty,
            List<AssignedIndicator> indicators) {
        this(campaignId, campaignTitle, documentNumber, kind, period, dueDate, departmentCode, departmentName,
                asksForPrincipalDuty, indicators, null);
    }

    /** The campaign's deadline rules, or the defaults when it set none. */
    public DeadlinePolicy effectiveDeadlinePolicy() {
        return deadlinePolicy == null ? DeadlinePolicy.DEFAULT : deadlinePolicy;
    }
}
