package org.supervisionflow.assignment.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.contracts.Grade;

/** What the statistics API answers. */
public final class ProgressViews {

    private ProgressViews() {
    }

    /**
     * One campaign: its rates, every department's row, those overdue, and the ranking by score; an annual report's
     * publication due date.
     */
    public record CampaignProgress(UUID campaignId, String title, int year, LocalDate dueDate,
            LocalDate publicationDueDate, Rates rates,
            List<ProgressRow> departments, List<ProgressRow> overdue, List<RankedDepartment> ranking) {
    }

    /**
     * A department's place in a campaign's ranking by score percentage (only departments with a final score, i.e. an
     * accepted version); equal percentages share a rank.
     */
    public record RankedDepartment(int rank, UUID assignmentId, String departmentCode, String departmentName,
            BigDecimal score, BigDecimal maxScore, BigDecimal percentage, Grade grade, Boolean vetoed) {
    }

    /** One campaign in an overview. */
    public record CampaignLine(UUID campaignId, String title, int year, LocalDate dueDate, Rates rates) {
    }

    /** One year (the framework's year) across its campaigns. */
    public record YearLine(int year, int campaigns, Rates rates) {
    }

    /** Across campaigns: per year, per campaign, and every overdue assignment. */
    public record Overview(List<YearLine> years, List<CampaignLine> campaigns, List<ProgressRow> overdue) {
    }

    /**
     * One department year over year: participation (submission rate) and on-time rate per year, and the change of
     * each from the year before (null for its first year).
     */
    public record DepartmentTrend(String departmentCode, String departmentName, List<DepartmentYear> years) {
    }

    /** A department's year. */
    public record DepartmentYear(int year, Rates rates, BigDecimal participationChange, BigDecimal onTimeChange) {
    }
}
