package org.supervisionflow.assignment.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public Campaign {
        departments = List.copyOf(departments);
        deadlinePolicy = deadlinePolicy == null ? DeadlinePolicy.DEFAULT : deadlinePolicy;
    }

    /**
     * The year the campaign reports on: the first four-digit number of its period (2025年度 → 2025), empty when the
     * period names none. Statistics count a campaign in this year (ProgressStore reads it the same way in SQL).
     */
    public static OptionalInt yearOf(String period) {
        Matcher year = YEAR.matcher(period);
        return year.find() ? OptionalInt.of(Integer.parseInt(year.group())) : OptionalInt.empty();
    }

    /** A department the campaign goes to and the framework items it answers for. */
    public record Recipient(String departmentCode, String departmentName, List<UUID> indicatorIds) {

        public Recipient {
            indicatorIds = List.copyOf(indicatorIds);
        }
    }
}
