package org.supervisionflow.review.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.review.finding.FindingLabels;
import org.supervisionflow.review.statistics.ReviewStatistics.CampaignStatistics;

/**
 * The rectification ledger (整改台账) of a campaign as an .xlsx workbook: found / rectified / in progress / overdue per
 * department and per aspect, and every finding with its notice number and status.
 */
@Component
public class RectificationLedger {

    private static final List<String> TOTALS = List.of("发现问题", "已整改", "整改中", "逾期未整改", "整改率(%)", "平均整改天数");

    private final ReviewStatistics statistics;
    private final Clock clock;

    RectificationLedger(ReviewStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    /** The workbook's bytes; 404 (from the statistics) for a campaign nothing was reviewed in. */
    @Transactional(readOnly = true)
    public Ledger of(UUID campaignId) {
        CampaignStatistics campaign = statistics.campaign(campaignId);
        List<FindingFact> findings = statistics.findingsOf(campaignId);
        LocalDate today = LocalDate.now(clock);
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            String title = campaign.campaignTitle() + " 整改台账（截至" + today + "）";
            totals(workbook.createSheet("按单位"), title, "单位", statistics.grouped(findings, FindingFact::departmentName,
                    today), campaign.rectification(), bold);
            totals(workbook.createSheet("按方面"), title, "方面", statistics.grouped(findings, FindingFact::aspect, today),
                    campaign.rectification(), bold);
            list(workbook.createSheet("问题清单"), title, findings, clock.getZone(), bold);
            workbook.write(out);
            return new Ledger(campaign.campaignTitle() + "-整改台账.xlsx", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("The rectification ledger could not be written", e);
        }
    }

    private static void totals(Sheet sheet, String title, String by, Map<String, Rectification> groups,
            Rectification overall, CellStyle bold) {
        row(sheet, 0, bold, title);
        Row header = sheet.createRow(1);
        cells(header, bold, by);
        for (int i = 0; i < TOTALS.size(); i++) {
            cell(header, i + 1, TOTALS.get(i), bold);
        }
        int index = 2;
        for (Map.Entry<String, Rectification> group : groups.entrySet()) {
            totalRow(sheet.createRow(index++), group.getKey(), group.getValue(), null);
        }
        totalRow(sheet.createRow(index), "合计", overall, bold);
        sheet.setColumnWidth(0, 36 * 256);
    }

    private static void totalRow(Row row, String name, Rectification rectification, CellStyle style) {
        cell(row, 0, name, style);
        row.createCell(1).setCellValue(rectification.found());
        row.createCell(2).setCellValue(rectification.rectified());
        row.createCell(3).setCellValue(rectification.inProgress());
        row.createCell(4).setCellValue(rectification.overdue());
        number(row, 5, rectification.closureRate());
        number(row, 6, rectification.averageDaysToClose());
    }

    private static void list(Sheet sheet, String title, List<FindingFact> findings, ZoneId zone, CellStyle bold) {
        row(sheet, 0, bold, title);
        cells(sheet.createRow(1), bold, "通知书编号", "单位", "方面", "指标", "严重程度", "问题描述", "整改期限", "状态", "销号时间");
        int index = 2;
        for (FindingFact finding : findings) {
            Row row = sheet.createRow(index++);
            cells(row, null, finding.noticeNumber(), finding.departmentName(),
                    finding.aspect() == null ? ReviewStatistics.NO_ASPECT : finding.aspect(),
                    finding.indicatorCode() + " " + finding.indicatorTitle(), FindingLabels.severity(finding.severity()),
                    finding.description(), finding.deadline().toString(), FindingLabels.status(finding.status()),
                    finding.closedAt() == null ? "" : LocalDate.ofInstant(finding.closedAt(), zone).toString());
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(5, 48 * 256);
    }

    private static void row(Sheet sheet, int index, CellStyle style, String... values) {
        cells(sheet.createRow(index), style, values);
    }

    private static void cells(Row row, CellStyle style, String... values) {
        for (int i = 0; i < values.length; i++) {
            cell(row, i, values[i], style);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    /** The workbook and the file name to download it as. */
    public record Ledger(String fileName, byte[] content) {
    }
}
