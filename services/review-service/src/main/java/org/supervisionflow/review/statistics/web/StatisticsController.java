package org.supervisionflow.review.statistics.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.review.statistics.RectificationLedger;
import org.supervisionflow.review.statistics.ReviewStatistics;
import org.supervisionflow.review.statistics.ReviewStatistics.CampaignStatistics;
import org.supervisionflow.review.statistics.ReviewStatistics.CampaignSummary;
import org.supervisionflow.review.statistics.ReviewStatistics.DepartmentYear;
import org.supervisionflow.platform.web.Downloads;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Review statistics for the office (a department reads its own year over year) and the rectification ledger. */
@RestController
@RequestMapping("/api/statistics/reviews")
@PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer')")
@Tag(name = "review-statistics", description = "统计: score ranking, grades, findings by aspect and severity, rectification closure, 整改台账")
class StatisticsController {

    private static final Text DEPARTMENT = Text.of("单位", "Department");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReviewStatistics statistics;
    private final RectificationLedger ledger;

    StatisticsController(ReviewStatistics statistics, RectificationLedger ledger) {
        this.statistics = statistics;
        this.ledger = ledger;
    }

    @GetMapping("/campaigns")
    @Operation(summary = "Every campaign summed up (departments reviewed, average percentage, grades, rectification), optionally of one period or one year")
    List<CampaignSummary> campaigns(
            @Parameter(description = "Only campaigns of exactly this period, e.g. 2025年度") @RequestParam(required = false) String period,
            @Parameter(description = "只看此年度 / Only campaigns whose period names this year (2025年度 → 2025), as assignment-service's statistics count")
            @RequestParam(required = false) Integer year) {
        return statistics.campaigns(Optional.ofNullable(period), Optional.ofNullable(year));
    }

    @GetMapping("/campaigns/{campaignId}")
    @Operation(summary = "One campaign: the departments' score ranking, grade distribution, findings by aspect and severity, rectification closure rate and average days")
    @ApiResponse(responseCode = "404", description = "Nothing of the campaign was reviewed")
    CampaignStatistics campaign(@PathVariable UUID campaignId) {
        return statistics.campaign(campaignId);
    }

    @GetMapping("/campaigns/{campaignId}/rectification-ledger")
    @Operation(summary = "The campaign's rectification ledger (整改台账) as .xlsx: per department, per aspect, and every finding")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    @ApiResponse(responseCode = "404", description = "Nothing of the campaign was reviewed")
    ResponseEntity<byte[]> rectificationLedger(@PathVariable UUID campaignId) {
        RectificationLedger.Ledger workbook = ledger.of(campaignId);
        return Downloads.attachment(workbook.content(), XLSX, workbook.fileName());
    }

    @GetMapping("/departments/{departmentCode}")
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
    @Operation(summary = "One department year over year: average percentage, grades and rectification per period; a department reads only its own")
    @ApiResponse(responseCode = "404", description = "Another department's")
    List<DepartmentYear> department(@PathVariable String departmentCode, CurrentUser user,
            @Parameter(description = "只看此年度 / Only the periods that name this year (2025年度 → 2025)")
            @RequestParam(required = false) Integer year) {
        if (!user.canSee(departmentCode)) {
            throw ProblemException.notFound(DEPARTMENT, departmentCode);
        }
        return statistics.department(departmentCode, Optional.ofNullable(year));
    }
}
