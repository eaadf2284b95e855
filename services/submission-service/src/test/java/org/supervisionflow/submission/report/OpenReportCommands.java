package org.supervisionflow.submission.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.contracts.AssignedIndicator;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.IndicatorRole;
import org.supervisionflow.contracts.MetricKind;
import org.supervisionflow.contracts.MetricSpec;
import org.supervisionflow.contracts.command.OpenReport;

/** OpenReport commands as the workflow engine sends them, with indicators taken from the seed reports. */
final class OpenReportCommands {

    static final AssignedIndicator THREE_SYSTEMS = new AssignedIndicator(
            UUID.fromString("0b8c6a9e-3a55-4f1e-9d0a-7d6f2c1e4a01"), "4.1", "坚持严格规范公正文明执法",
            "严格落实行政执法三项制度", "全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度",
            new BigDecimal("5"), IndicatorRole.LEAD,
            List.of(new MetricSpec("legal-reviewers", "法制审核人员", MetricKind.COUNT, "人")),
            "三项制度文件、执法公示网站截图");

    static final AssignedIndicator COURT_APPEARANCE = new AssignedIndicator(
            UUID.fromString("0b8c6a9e-3a55-4f1e-9d0a-7d6f2c1e4a02"), "5.3", "强化对行政权力的制约和监督",
            "行政机关负责人出庭应诉", "行政机关负责人依法出庭应诉，尊重并执行人民法院生效裁判",
            new BigDecimal("4.5"), IndicatorRole.CO_UNIT,
            List.of(new MetricSpec("court-appearance-rate", "行政机关负责人出庭应诉率", MetricKind.PERCENTAGE, "%"),
                    new MetricSpec("judgments-executed", "是否全部履行生效裁判", MetricKind.YES_NO, null)),
            "出庭应诉登记表");

    private OpenReportCommands() {
    }

    static OpenReport openReport(UUID assignmentId, UUID campaignId, String departmentCode, LocalDate dueDate,
            boolean asksForPrincipalDuty) {
        return new OpenReport(UUID.randomUUID(), assignmentId, Instant.now(), new AssignmentScope(campaignId,
                "2025年度法治政府建设情况报告", "依法治市办〔2026〕3号", CampaignKind.ANNUAL_REPORT, "2025", dueDate,
                departmentCode, departmentName(departmentCode), asksForPrincipalDuty,
                List.of(THREE_SYSTEMS, COURT_APPEARANCE)));
    }

    static OpenReport openReport(String departmentCode, boolean asksForPrincipalDuty) {
        return openReport(UUID.randomUUID(), UUID.randomUUID(), departmentCode, LocalDate.of(2026, 3, 31),
                asksForPrincipalDuty);
    }

    /** The same assignment asked for again under a new command id, as a re-sent command would be. */
    static OpenReport again(OpenReport command) {
        return new OpenReport(UUID.randomUUID(), command.assignmentId(), Instant.now(), command.scope());
    }

    static String departmentName(String departmentCode) {
        return switch (departmentCode) {
            case "minzheng" -> "民政局";
            case "sifa" -> "司法局";
            case "shichang" -> "市场监管局";
            default -> departmentCode;
        };
    }
}
