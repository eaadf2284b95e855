package org.supervisionflow.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.assignment.campaign.CampaignDraft;
import org.supervisionflow.assignment.framework.FrameworkDraft;
import org.supervisionflow.assignment.framework.FrameworkDraft.AspectDraft;
import org.supervisionflow.assignment.framework.FrameworkDraft.ItemDraft;
import org.supervisionflow.assignment.framework.FrameworkDraft.MetricDraft;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.MetricKind;

/**
 * Requests shaped like the seed reports. The framework's items, by department: 司法局 leads A.1 and B.1; 市场监管局
 * leads A.2 and co-operates on A.1 and B.1; 民政局 leads B.2 and co-operates on B.1; 生态环境局 has none.
 */
public final class TestData {

    private TestData() {
    }

    public static FrameworkDraft framework(String name) {
        return new FrameworkDraft(name, 2025, "测试用分解表", List.of(
                new AspectDraft("A", "坚持严格规范公正文明执法", List.of(
                        item("A.1", "行政执法三项制度", "全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度。", "10", "sifa",
                                List.of("shichang"), new MetricDraft("disclosedOnTime", "执法信息是否按时公示", MetricKind.YES_NO, null)),
                        item("A.2", "“双随机、一公开”监管", "全面推行“双随机、一公开”监管。", "8", "shichang", List.of(),
                                new MetricDraft("randomInspections", "开展“双随机”抽查次数", MetricKind.COUNT, "次")))),
                new AspectDraft("B", "强化对行政权力的制约和监督", List.of(
                        item("B.1", "行政机关负责人出庭应诉", "行政机关负责人依法出庭应诉。", "6", "sifa", List.of("minzheng", "shichang"),
                                new MetricDraft("courtAppearanceRate", "行政机关负责人出庭应诉率", MetricKind.PERCENTAGE, null)),
                        item("B.2", "政务公开", "依据政务公开事项清单主动公开。", "5.5", "minzheng", List.of())))));
    }

    public static ItemDraft item(String code, String title, String requirement, String points, String leadUnit,
            List<String> coUnits, MetricDraft... metrics) {
        return new ItemDraft(code, title, requirement, new BigDecimal(points), "未落实的扣分，最多扣完本项分值。", List.of(metrics),
                "相关制度文件及台账", leadUnit, coUnits);
    }

    /** A campaign whose departments answer for their default indicators. */
    public static CampaignDraft campaign(UUID frameworkId, LocalDate dueDate, String... departmentCodes) {
        return campaign(frameworkId, dueDate, Arrays.stream(departmentCodes)
                .map(code -> new CampaignDraft.RecipientDraft(code, null)).toList());
    }

    public static CampaignDraft campaign(UUID frameworkId, LocalDate dueDate, List<CampaignDraft.RecipientDraft> departments) {
        return new CampaignDraft(CampaignKind.ANNUAL_REPORT, "2025年度法治政府建设年度报告", "X市法治办〔2026〕3号", "2025年度",
                dueDate, true, frameworkId, departments);
    }
}
