package org.supervisionflow.assignment.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.assignment.campaign.Campaign;
import org.supervisionflow.assignment.campaign.Campaigns;
import org.supervisionflow.assignment.excel.Sheets;
import org.supervisionflow.assignment.framework.Frameworks;
import org.supervisionflow.assignment.progress.ProgressViews.CampaignLine;
import org.supervisionflow.assignment.progress.ProgressViews.CampaignProgress;
import org.supervisionflow.assignment.progress.ProgressViews.DepartmentTrend;
import org.supervisionflow.assignment.progress.ProgressViews.DepartmentYear;
import org.supervisionflow.assignment.progress.ProgressViews.Overview;
import org.supervisionflow.assignment.progress.ProgressViews.YearLine;
import org.supervisionflow.contracts.WarningLevel;

/**
 * Progress statistics: a campaign's submission and on-time rates with each department's row and the overdue list,
 * the same across campaigns per year, each department year over year, and a campaign's progress as a workbook.
 * "Today" and submission days are the offices' calendar days (the injected clock's zone).
 */
@Service
@Transactional(readOnly = true)
public class Progress {

    private static final DateTimeFormatter SUBMITTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ProgressStore store;
    private final Campaigns campaigns;
    private final Frameworks frameworks;
    private final Clock clock;

    Progress(ProgressStore store, Campaigns campaigns, Frameworks frameworks, Clock clock) {
        this.store = store;
        this.campaigns = campaigns;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    /** One campaign's progress; a campaign never published has no assignments to count (404 for an unknown one). */
    public CampaignProgress campaign(UUID campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        List<ProgressRow> rows = rows(campaignId, null, null);
        int year = Campaign.yearOf(campaign.period()).orElseGet(() -> frameworks.get(campaign.frameworkId()).year());
        return new CampaignProgress(campaign.id(), campaign.title(), year, campaign.dueDate(),
                campaign.publicationDueDate(), Rates.of(rows), rows,
                rows.stream().filter(ProgressRow::overdue).toList());
    }

    /** Every published campaign, optionally of one year: per year, per campaign, and every overdue assignment. */
    public Overview overview(Integer year) {
        List<ProgressRow> rows = rows(null, year, null);
        Map<Integer, List<ProgressRow>> byYear = rows.stream()
                .collect(Collectors.groupingBy(ProgressRow::year, LinkedHashMap::new, Collectors.toList()));
        List<YearLine> years = byYear.entrySet().stream()
                .map(entry -> new YearLine(entry.getKey(),
                        (int) entry.getValue().stream().map(ProgressRow::campaignId).distinct().count(),
                        Rates.of(entry.getValue())))
                .toList();
        Map<UUID, List<ProgressRow>> byCampaign = rows.stream()
                .collect(Collectors.groupingBy(ProgressRow::campaignId, LinkedHashMap::new, Collectors.toList()));
        List<CampaignLine> lines = byCampaign.values().stream()
                .map(campaignRows -> {
                    ProgressRow first = campaignRows.get(0);
                    return new CampaignLine(first.campaignId(), first.campaignTitle(), first.year(),
                            campaigns.get(first.campaignId()).dueDate(), Rates.of(campaignRows));
                })
                .toList();
        return new Overview(years, lines, rows.stream().filter(ProgressRow::overdue).toList());
    }

    /** Each department (or one) year over year, oldest year first, with the change from the year before. */
    public List<DepartmentTrend> departments(String departmentCode) {
        Map<String, List<ProgressRow>> byDepartment = rows(null, null, departmentCode).stream()
                .collect(Collectors.groupingBy(ProgressRow::departmentCode, LinkedHashMap::new, Collectors.toList()));
        List<DepartmentTrend> trends = new ArrayList<>();
        byDepartment.forEach((code, departmentRows) -> {
            Map<Integer, List<ProgressRow>> byYear = departmentRows.stream()
                    .collect(Collectors.groupingBy(ProgressRow::year, TreeMap::new, Collectors.toList()));
            List<DepartmentYear> years = new ArrayList<>();
            Rates previous = null;
            for (Map.Entry<Integer, List<ProgressRow>> year : byYear.entrySet()) {
                Rates rates = Rates.of(year.getValue());
                years.add(new DepartmentYear(year.getKey(), rates,
                        previous == null ? null : change(rates.submissionRate(), previous.submissionRate()),
                        previous == null ? null : change(rates.onTimeRate(), previous.onTimeRate())));
                previous = rates;
            }
            trends.add(new DepartmentTrend(code, departmentRows.get(0).departmentName(), years));
        });
        return trends;
    }

    /**
     * A campaign's progress as .xlsx: department, stage, due date, submitted at, on time, overdue, warning, and for an
     * annual report the publication due date, the day published and whether on time.
     */
    public byte[] exportCampaign(UUID campaignId) {
        CampaignProgress progress = campaign(campaignId);
        List<List<Object>> lines = progress.departments().stream()
                .map(row -> List.<Object>of(row.departmentName(), row.stage().name(), row.dueDate().toString(),
                        row.submittedAt() == null ? "" : SUBMITTED.format(row.submittedAt().atZone(clock.getZone())),
                        yesNo(row.onTime()), row.overdue() ? "是" : "否", warning(row.warningLevel()),
                        date(row.publicationDueDate()), date(row.publishedOn()), yesNo(row.publishedOnTime())))
                .toList();
        return Sheets.workbook("报送进度", List.of("部门", "阶段", "截止日期", "报送时间", "按时报送", "逾期", "预警",
                "公开截止日期", "公开日期", "按时公开"), lines);
    }

    private List<ProgressRow> rows(UUID campaignId, Integer year, String departmentCode) {
        LocalDate today = LocalDate.now(clock);
        return store.rows(campaignId, year, departmentCode).stream().map(stored -> {
            LocalDate submittedOn = stored.submittedAt() == null ? null
                    : stored.submittedAt().atZone(clock.getZone()).toLocalDate();
            Boolean onTime = null;
            if (submittedOn != null) {
                onTime = !submittedOn.isAfter(stored.dueDate());
            } else if (today.isAfter(stored.dueDate())) {
                onTime = false;
            }
            boolean owedPastDue = submittedOn == null && today.isAfter(stored.dueDate());
            return new ProgressRow(stored.campaignId(), stored.title(), stored.year(), stored.assignmentId(),
                    stored.departmentCode(), stored.departmentName(), stored.stage(), stored.dueDate(),
                    stored.submittedAt(), onTime, stored.markedOverdue() || owedPastDue, stored.warningLevel(),
                    stored.escalatedTo(), stored.publicationDueDate(), stored.publishedOn(),
                    publishedOnTime(stored.publicationDueDate(), stored.publishedOn(), today));
        }).toList();
    }

    /** By the publication due date; not when published later or unpublished after it; unknown before it. */
    private static Boolean publishedOnTime(LocalDate dueDate, LocalDate publishedOn, LocalDate today) {
        if (dueDate == null) {
            return null;
        }
        if (publishedOn != null) {
            return !publishedOn.isAfter(dueDate);
        }
        return today.isAfter(dueDate) ? false : null;
    }

    private static BigDecimal change(BigDecimal now, BigDecimal before) {
        return now == null || before == null ? null : now.subtract(before);
    }

    private static String yesNo(Boolean value) {
        return value == null ? "" : value ? "是" : "否";
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String warning(WarningLevel level) {
        return level == null ? "无" : level == WarningLevel.YELLOW ? "黄牌" : "红牌";
    }
}
