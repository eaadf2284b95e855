package org.supervisionflow.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.AssignedIndicator;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.IndicatorRole;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.assignment.ExtensionGranted;
import org.supervisionflow.contracts.command.OpenReview;
import org.supervisionflow.contracts.command.OpenVerification;

/** The events and commands other services send review-service, shaped as in the seed reports. */
public final class Messages {

    public static final String CAMPAIGN_TITLE = "2025年度法治政府建设情况报告";
    private static final Map<String, String> DEPARTMENT_NAMES = Map.of("minzheng", "民政局", "sifa", "司法局",
            "shichang", "市场监管局", "tongji", "统计局");

    private Messages() {
    }

    /** One department's assignment with two indicators: 4.1 worth 6 points and 5.3 worth 4.5. */
    public static AssignmentIssued assignmentIssued(UUID assignmentId, String department) {
        return assignmentIssued(assignmentId, UUID.randomUUID(), "2025", department, indicators());
    }

    /** Two indicators: 4.1 worth 6 points and 5.3 worth 4.5, each time with new ids. */
    public static List<AssignedIndicator> indicators() {
        return List.of(
                new AssignedIndicator(UUID.randomUUID(), "4.1", "坚持严格规范公正文明执法", "严格落实行政执法三项制度",
                        "全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度", new BigDecimal("6"),
                        IndicatorRole.LEAD, List.of(), "制度文件"),
                new AssignedIndicator(UUID.randomUUID(), "5.3", "强化对行政权力的制约和监督", "行政机关负责人出庭应诉",
                        "行政机关负责人依法出庭应诉，尊重并执行人民法院生效裁判", new BigDecimal("4.5"),
                        IndicatorRole.CO_UNIT, List.of(), "出庭应诉登记表"));
    }

    /** One department's assignment in the given campaign (covering the period) with the given indicators. */
    public static AssignmentIssued assignmentIssued(UUID assignmentId, UUID campaignId, String period,
            String department, List<AssignedIndicator> indicators) {
        AssignmentScope scope = new AssignmentScope(campaignId, CAMPAIGN_TITLE, "依法治市办〔2026〕3号",
                CampaignKind.ANNUAL_REPORT, period, LocalDate.of(2026, 3, 31), department,
                DEPARTMENT_NAMES.get(department), true, indicators);
        return new AssignmentIssued(UUID.randomUUID(), assignmentId, Instant.now(), scope);
    }

    /** An indicator the department leads, with its code, aspect, title and points. */
    public static AssignedIndicator indicator(UUID id, String code, String aspect, String title, String points) {
        return new AssignedIndicator(id, code, aspect, title, title, new BigDecimal(points), IndicatorRole.LEAD, List.of(),
                "证明材料");
    }

    public static OpenReview openReview(AssignmentIssued issued, UUID reportId, int version) {
        AssignmentScope scope = issued.scope();
        return new OpenReview(UUID.randomUUID(), issued.assignmentId(), Instant.now(), reportId, version,
                scope.campaignId(), scope.campaignTitle(), scope.departmentCode(), scope.departmentName());
    }

    /** The same command sent again by the engine: a new message id, the same content. */
    public static OpenReview again(OpenReview command) {
        return new OpenReview(UUID.randomUUID(), command.assignmentId(), Instant.now(), command.reportId(),
                command.reportVersion(), command.campaignId(), command.campaignTitle(), command.departmentCode(),
                command.departmentName());
    }

    /** The office granted a finding's extension at {@code grantedAt}: it is now due {@code newDueDate}. */
    public static ExtensionGranted extensionGranted(UUID assignmentId, UUID findingId, LocalDate previousDueDate,
            LocalDate newDueDate, Instant grantedAt) {
        return new ExtensionGranted(UUID.randomUUID(), assignmentId, grantedAt, UUID.randomUUID(), findingId,
                previousDueDate, newDueDate, "同意延期", new Actor("u-admin", "admin", "督察办管理员", "office-admin", null));
    }

    public static OpenVerification openVerification(UUID assignmentId, UUID findingId, UUID answerId, int version) {
        return new OpenVerification(UUID.randomUUID(), assignmentId, Instant.now(), findingId, answerId, version);
    }
}
