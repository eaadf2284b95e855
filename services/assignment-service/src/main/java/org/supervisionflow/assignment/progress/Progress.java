package org.supervisionflow.assignment.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.assignment.assignment.ReportScore;
import org.supervisionflow.assignment.campaign.Campaign;
import org.supervisionflow.assignment.campaign.Campaigns;
import org.supervisionflow.assignment.excel.Sheets;
import org.supervisionflow.assignment.framework.Frameworks;
import org.supervisionflow.assignment.progress.ProgressViews.CampaignLine;
import org.supervisionflow.assignment.progress.ProgressViews.CampaignProgress;
import org.supervisionflow.assignment.progress.ProgressViews.DepartmentTrend;
import org.supervisionflow.assignment.progress.ProgressViews.DepartmentYear;
import org.supervisionflow.assignment.progress.ProgressViews.Overview;
import org.supervisionflow.assignment.progress.ProgressViews.RankedDepartment;
import org.supervisionflow.assignment.progress.ProgressViews.YearLine;
import org.supervisionflow.contracts.Grade;
import org.supervisionflow.contracts.ReviewDecision;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.WarningLevel;

/**
 * Progress statistics: a campaign's submission and on-time rates with each department's row (its review result
 * included), the overdue list and the ranking by score, the same across campaigns per year, each department year
 * over year, and a campaign's progress as a workbook.
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
                rows.stream().filter(ProgressRow::overdue).toList(), ranking(rows));
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
     * A campaign's progress as .xlsx, one sheet, a row per department: stage, due date, submitted at, on time,
     * overdue, warning, the review's decision, score, max score, percentage, grade, veto and rank (blank while there
     * is no final score), and for an annual report the publication due date, the day published and whether on time.
     */
    public byte[] exportCampaign(UUID campaignId) {
        CampaignProgress progress = campaign(campaignId);
        Map<UUID, Integer> ranks = progress.ranking().stream()
                .collect(Collectors.toMap(RankedDepartment::assignmentId, RankedDepartment::rank));
        List<List<Object>> lines = progress.departments().stream().map(row -> {
            ReportScore result = row.result();
            // Arrays.asList, not List.of: a blank cell is a null value.
            return Arrays.<Object>asList(row.departmentName(), stage(row.stage()), row.dueDate().toString(),
                    row.submittedAt() == null ? "" : SUBMITTED.format(row.submittedAt().atZone(clock.getZone())),
                    yesNo(row.onTime()), row.overdue() ? "是" : "否", warning(row.warningLevel()),
                    decision(result.reviewDecision()), result.score(), result.maxScore(), result.percentage(),
                    grade(result.grade()), yesNo(result.vetoed()), ranks.get(row.assignmentId()),
                    date(row.publicationDueDate()), date(row.publishedOn()), yesNo(row.publishedOnTime()));
        }).toList();
        return Sheets.workbook("报送进度", List.of("部门", "阶段", "截止日期", "报送时间", "按时报送", "逾期", "预警",
                "审核结论", "得分", "满分", "得分率（%）", "等次", "一票否决", "排名", "公开截止日期", "公开日期", "按时公开"),
                lines);
    }

    /**
     * Departments with a final score, best percentage first (departments answer for different points, so the
     * percentage is what compares); equal percentages share a rank (1, 2, 2, 4).
     */
    private static List<RankedDepartment> ranking(List<ProgressRow> rows) {
        List<ProgressRow> scored = rows.stream()
                .filter(row -> row.result().percentage() != null)
                .sorted(Comparator.comparing((ProgressRow row) -> row.result().percentage()).reversed()
                        .thenComparing(ProgressRow::departmentCode))
                .toList();
        List<RankedDepartment> ranking = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            ProgressRow row = scored.get(i);
            int rank = i > 0 && row.result().percentage().compareTo(scored.get(i - 1).result().percentage()) == 0
                    ? ranking.get(i - 1).rank() : i + 1;
            ranking.add(new RankedDepartment(rank, row.assignmentId(), row.departmentCode(), row.departmentName(),
                    row.result().score(), row.result().maxScore(), row.result().percentage(), row.result().grade(),
                    row.result().vetoed()));
        }
        return ranking;
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
                    publishedOnTime(stored.publicationDueDate(), stored.publishedOn(), today), stored.result());
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

    /** The stage as the board names it in Chinese (the web app's labels). */
    private static String stage(ReportStage stage) {
        return switch (stage) {
            case ASSIGNED -> "已下达";
            case DRAFTING -> "填报中";
            case AWAITING_LEADER_APPROVAL -> "待负责人审批";
            case SUBMITTED -> "已报送";
            case UNDER_REVIEW -> "审核中";
            case RETURNED -> "退回修改";
            case ACCEPTED -> "已通过";
            case RECTIFYING -> "整改中";
            case RECTIFICATION_SUBMITTED -> "整改已报送";
            case VERIFYING -> "整改核查中";
            case CLOSED -> "已办结";
            case WITHDRAWN -> "已撤回";
        };
    }

    private static String warning(WarningLevel level) {
        return level == null ? "无" : level == WarningLevel.YELLOW ? "黄牌" : "红牌";
    }

    private static String decision(ReviewDecision decision) {
        return decision == null ? "" : switch (decision) {
            case ACCEPT -> "通过";
            case ACCEPT_WITH_FINDINGS -> "通过（需整改）";
            case RETURN -> "退回修改";
        };
    }

    private static String grade(Grade grade) {
        return grade == null ? "" : switch (grade) {
            case EXCELLENT -> "优秀";
            case GOOD -> "良好";
            case PASS -> "合格";
            case FAIL -> "不合格";
        };
    }
}
