package org.supervisionflow.assignment.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.DeadlinePolicy;

/**
 * A campaign (督察任务), its deadline rules and, per department it goes to, the indicators that department answers
 * for. {@code publicationDueDate} is when an annual report must be public (null for other kinds).
 */
public record Campaign(
        UUID id,
        CampaignKind kind,
        String title,
        String documentNumber,
        String period,
        LocalDate dueDate,
        boolean asksForPrincipalDuty,
        UUID frameworkId,
        CampaignStatus status,
        String withdrawReason,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant withdrawnAt,
        List<Recipient> departments,
        DeadlinePolicy deadlinePolicy,
        LocalDate publicationDueDate) {

    public Campaign {
        departments = List.copyOf(departments);
        deadlinePolicy = deadlinePolicy == null ? DeadlinePolicy.DEFAULT : deadlinePolicy;
    }

    /** A department the campaign goes to and the framework items it answers for. */
    public record Recipient(String departmentCode, String departmentName, List<UUID> indicatorIds) {

        public Recipient {
            indicatorIds = List.copyOf(indicatorIds);
        }
    }
}
