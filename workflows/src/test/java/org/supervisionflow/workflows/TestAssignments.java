package org.supervisionflow.workflows;

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
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.assignment.AssignmentWithdrawn;
import org.supervisionflow.contracts.submission.ReportOpened;

/** Messages as assignment-service and submission-service send them, for one assignment of a department. */
public final class TestAssignments {

    private TestAssignments() {
    }

    public static AssignmentIssued issued(UUID assignmentId, String departmentCode) {
        AssignmentScope scope = new AssignmentScope(UUID.randomUUID(), "2025年度法治政府建设情况报告", "市法治办〔2026〕3号",
                CampaignKind.ANNUAL_REPORT, "2025", LocalDate.of(2026, 3, 31), departmentCode, departmentCode + "局", true,
                List.of(new AssignedIndicator(UUID.randomUUID(), "5.3", "强化对行政权力的制约和监督", "行政机关负责人出庭应诉",
                        "行政机关负责人出庭应诉率达到规定要求", new BigDecimal("3"), IndicatorRole.LEAD,
                        List.of(new MetricSpec("appearance-rate", "行政机关负责人出庭应诉率", MetricKind.PERCENTAGE, "%")),
                        "应诉案件台账")));
        return new AssignmentIssued(UUID.randomUUID(), assignmentId, Instant.now(), scope);
    }

    public static ReportOpened opened(UUID assignmentId, String departmentCode) {
        return new ReportOpened(UUID.randomUUID(), assignmentId, Instant.now(), UUID.randomUUID(), departmentCode);
    }

    public static AssignmentWithdrawn withdrawn(UUID assignmentId, String departmentCode) {
        return new AssignmentWithdrawn(UUID.randomUUID(), assignmentId, Instant.now(), departmentCode, "督察任务取消");
    }
}
