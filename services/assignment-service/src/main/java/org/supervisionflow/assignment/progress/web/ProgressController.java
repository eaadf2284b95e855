package org.supervisionflow.assignment.progress.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.assignment.excel.Sheets;
import org.supervisionflow.assignment.progress.Progress;
import org.supervisionflow.assignment.progress.ProgressViews.CampaignProgress;
import org.supervisionflow.assignment.progress.ProgressViews.DepartmentTrend;
import org.supervisionflow.assignment.progress.ProgressViews.Overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer')")
@Tag(name = "progress-statistics", description = "报送进度统计 / submission and on-time statistics, overdue list, export")
class ProgressController {

    private final Progress progress;

    ProgressController(Progress progress) {
        this.progress = progress;
    }

    @GetMapping("/api/statistics/progress/campaigns/{id}")
    @Operation(summary = "单个督察任务的报送进度 / One campaign: submission and on-time rates, every department with its score and grade, the overdue list, the ranking by score")
    CampaignProgress campaign(@PathVariable UUID id) {
        return progress.campaign(id);
    }

    @GetMapping("/api/statistics/progress/campaigns")
    @Operation(summary = "跨任务、跨年度统计 / Across campaigns: per year, per campaign, and every overdue assignment")
    Overview overview(@Parameter(description = "只看此年度（分解表年度） / only this year (the framework's)")
            @RequestParam(required = false) Integer year) {
        return progress.overview(year);
    }

    @GetMapping("/api/statistics/progress/departments")
    @Operation(summary = "各部门逐年对比 / Each department year over year: participation and on-time rates and their change")
    List<DepartmentTrend> departments(@Parameter(description = "只看此部门 / only this department")
            @RequestParam(required = false) String departmentCode) {
        return progress.departments(departmentCode);
    }

    @GetMapping("/api/campaigns/{id}/progress/export")
    @Operation(summary = "导出报送进度 / A campaign's progress as .xlsx: department, stage, due date, submitted at, on time, overdue, warning, decision, score, max score, percentage, grade, veto, rank, publication")
    ResponseEntity<byte[]> export(@PathVariable UUID id) {
        CampaignProgress campaign = progress.campaign(id);
        return Sheets.download(progress.exportCampaign(id), campaign.title() + "-报送进度.xlsx");
    }
}
