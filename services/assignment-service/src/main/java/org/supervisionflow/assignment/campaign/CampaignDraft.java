package org.supervisionflow.assignment.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.DeadlinePolicy;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A campaign as the office writes it, to create or to update a draft. Without {@code deadlinePolicy} the campaign
 * follows {@link DeadlinePolicy#DEFAULT}; without {@code publicationDueDate} an annual report is to be public by
 * March 31 of the year after its period.
 */
public record CampaignDraft(
        @NotNull CampaignKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 100) String documentNumber,
        @NotBlank @Size(max = 50) String period,
        @NotNull LocalDate dueDate,
        boolean asksForPrincipalDuty,
        @NotNull UUID frameworkId,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull RecipientDraft> departments,
        DeadlinePolicy deadlinePolicy,
        @Schema(description = "年度报告公开截止日期 / by when an annual report must be public; ANNUAL_REPORT only, "
                + "default March 31 of the year after the period") LocalDate publicationDueDate) {

    /** A draft on the default deadline rules. */
    public CampaignDraft(CampaignKind kind, String title, String documentNumber, String period, LocalDate dueDate,
            boolean asksForPrincipalDuty, UUID frameworkId, List<RecipientDraft> departments) {
        this(kind, title, documentNumber, period, dueDate, asksForPrincipalDuty, frameworkId, departments, null);
    }

    /** A draft with its deadline rules and the default publication due date. */
    public CampaignDraft(CampaignKind kind, String title, String documentNumber, String period, LocalDate dueDate,
            boolean asksForPrincipalDuty, UUID frameworkId, List<RecipientDraft> departments,
            DeadlinePolicy deadlinePolicy) {
        this(kind, title, documentNumber, period, dueDate, asksForPrincipalDuty, frameworkId, departments,
                deadlinePolicy, null);
    }

    /**
     * A department the campaign goes to. Without {@code indicatorIds} it answers for every item where it is the
     * lead unit or a co-unit; with them, for exactly those.
     */
    public record RecipientDraft(
            @NotBlank @Size(max = 40) String departmentCode,
            @Size(max = 500) List<@NotNull UUID> indicatorIds) {
    }
}
