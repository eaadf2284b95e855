package org.supervisionflow.assignment.demo;

import java.math.BigDecimal;
import java.util.List;

import org.supervisionflow.assignment.framework.FrameworkDraft;
import org.supervisionflow.assignment.framework.FrameworkDraft.AspectDraft;
import org.supervisionflow.assignment.framework.FrameworkDraft.ItemDraft;
import org.supervisionflow.assignment.framework.FrameworkDraft.MetricDraft;
import org.supervisionflow.contracts.MetricKind;

/**
 * A framework (督察内容分解表) along the eight aspects of the national outline, with items taken from what the
 * seed reports in {@code shared/seeds} actually report on; 100 points in all.
 */
final class DemoFramework {

    private DemoFramework() {
    }

    static FrameworkDraft draft(int year) {
        return new FrameworkDraft(year + "年度法治政府建设督察内容分解表", year,
                "按照法治政府建设实施纲要分解的" + year + "年度督察内容，共八个方面，满分100分。", List.of(
                        new AspectDraft("1", "依法全面履行政府职能", List.of(
                                item("1.1", "权责清单动态管理", "全面落实权力清单、责任清单、负面清单制度并实行动态管理，清单在政务服务网公布。", 4,
                                        "未公布权责清单的扣2分；未按规定动态调整的扣1分；清单与实际职权不符的每项扣0.5分。",
                                        "权责清单文件、动态调整记录及公布网页截图", "sifa", List.of("minzheng", "shichang"),
                                        count("powerListItems", "行政权力清单事项数", "项")),
                                item("1.2", "“双随机、一公开”监管", "全面推行“双随机、一公开”监管，推进跨部门联合监管和“互联网+监管”，加强信用监管。", 4,
                                        "未制定年度抽查计划的扣2分；抽查结果未按时公示的扣1分；未开展部门联合抽查的扣1分。",
                                        "年度抽查计划、抽查结果公示截图", "shichang", List.of("shengtai"),
                                        count("randomInspections", "开展“双随机”抽查次数", "次"),
                                        count("jointInspections", "部门联合抽查次数", "次")),
                                item("1.3", "优化法治化营商环境", "政务服务事项全部进驻政务服务中心，推行“一网通办”“最多跑一次”，规范涉企收费。", 4,
                                        "网上可办率低于90%的扣2分；存在违规涉企收费的扣2分。",
                                        "政务服务事项清单、网上可办情况统计", "shichang", List.of("minzheng"),
                                        percentage("onlineServiceRate", "政务服务事项网上可办率")))),
                        new AspectDraft("2", "完善依法行政制度体系", List.of(
                                item("2.1", "规范性文件合法性审核", "行政规范性文件全部经过合法性审核，制定过程公开征求意见、集体讨论决定。", 4,
                                        "未经合法性审核即印发的每件扣2分；未公开征求意见的每件扣1分。",
                                        "合法性审核意见书、征求意见及集体讨论记录", "sifa", List.of("minzheng", "shichang"),
                                        count("reviewedDocuments", "经合法性审核的规范性文件件数", "件")),
                                item("2.2", "规范性文件备案审查", "制定的规范性文件在规定时限内按程序报送备案，做到有件必备、有备必审、有错必纠。", 4,
                                        "未按时报备的每件扣1分；报备率低于100%的不得分。",
                                        "备案报告及备案登记回执", "sifa", List.of("shengtai"),
                                        percentage("filingRate", "规范性文件报备率"),
                                        count("filedDocuments", "报送备案件数", "件")),
                                item("2.3", "规范性文件清理", "按上级要求开展规范性文件清理（如民法典涉及的规范性文件清理），及时公布清理结果。", 4,
                                        "未开展清理的扣4分；清理结果未向社会公布的扣2分。",
                                        "清理工作方案及清理结果公告", "sifa", List.of("minzheng"),
                                        count("cleanedUpDocuments", "清理规范性文件件数", "件")))),
                        new AspectDraft("3", "健全依法行政决策机制", List.of(
                                item("3.1", "重大行政决策程序", "严格落实重大行政决策程序，履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定等法定程序。", 6,
                                        "重大行政决策缺少法定程序的每项扣2分；未建立决策事项目录的扣1分。",
                                        "重大行政决策事项目录、程序履行材料", "sifa", List.of("minzheng", "shengtai"),
                                        count("majorDecisions", "重大行政决策事项数", "项")),
                                item("3.2", "法律顾问和公职律师", "聘请法律顾问或设立公职律师，重大决策、合同协议由法律顾问出具法律意见。", 4,
                                        "未聘请法律顾问的扣2分；重大事项未经法律顾问审查的每件扣1分。",
                                        "法律顾问聘用合同、法律意见书", "sifa", List.of("shichang"),
                                        yesNo("legalAdviserEngaged", "是否聘请法律顾问"),
                                        count("legalOpinions", "法律顾问出具法律意见书件数", "件")))),
                        new AspectDraft("4", "坚持严格规范公正文明执法", List.of(
                                item("4.1", "行政执法三项制度", "全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度，执法信息按时在公示平台公开。", 6,
                                        "执法信息未按时公示的扣2分；全过程记录不规范的扣2分；重大执法决定未经法制审核的每件扣1分。",
                                        "执法公示网页截图、全过程记录台账、法制审核记录", "sifa", List.of("minzheng", "shichang", "shengtai"),
                                        yesNo("disclosedOnTime", "执法信息是否按时公示"),
                                        count("majorDecisionsReviewed", "重大执法决定法制审核件数", "件")),
                                item("4.2", "行政执法人员持证上岗", "严格落实行政执法人员持证上岗和资格管理制度，组织执法人员培训。", 6,
                                        "无证执法的每人次扣2分；人均培训不足40学时的扣2分。",
                                        "执法人员名册及证件信息、培训记录", "sifa", List.of("shichang"),
                                        count("certifiedOfficers", "持证执法人员数", "人"),
                                        count("trainingHours", "人均培训学时", "学时")),
                                item("4.3", "行政执法监督和案卷评查", "开展执法检查和案卷评查，对执法全过程记录不规范、证据不足的案卷督促整改。", 6,
                                        "未开展案卷评查的扣3分；案卷合格率低于90%的扣2分。",
                                        "案卷评查通报、整改材料", "sifa", List.of("shichang", "shengtai"),
                                        count("casesReviewed", "评查案卷数", "卷"),
                                        percentage("casePassRate", "案卷合格率")))),
                        new AspectDraft("5", "强化对行政权力的制约和监督", List.of(
                                item("5.1", "行政机关负责人出庭应诉", "支持法院受理行政案件，行政机关负责人依法出庭应诉，尊重并执行法院生效裁判。", 5,
                                        "出庭应诉率低于100%的按比例扣分；不执行生效裁判的不得分。",
                                        "出庭应诉登记表、生效裁判执行情况", "sifa", List.of("minzheng", "shichang", "shengtai"),
                                        percentage("courtAppearanceRate", "行政机关负责人出庭应诉率"),
                                        count("lawsuits", "行政诉讼案件数", "件")),
                                item("5.2", "人大代表建议和政协提案办理", "按时办理人大代表建议、政协提案，办复率100%，并完成代表委员走访。", 5,
                                        "逾期办理的每件扣1分；办复率低于100%的不得分。",
                                        "建议提案办理台账、答复函", "minzheng", List.of("sifa", "shichang"),
                                        count("proposalsHandled", "办理建议提案件数", "件"),
                                        percentage("proposalsOnTimeRate", "按期办复率")),
                                item("5.3", "政务公开", "依据政务公开事项清单主动公开，依申请公开按期答复。", 5,
                                        "未按清单公开的每项扣0.5分；依申请公开逾期答复的每件扣1分。",
                                        "政务公开事项目录、依申请公开答复台账", "minzheng", List.of("shichang"),
                                        count("disclosureRequestsAnswered", "依申请公开答复件数", "件")))),
                        new AspectDraft("6", "依法有效化解社会矛盾纠纷", List.of(
                                item("6.1", "行政复议", "依法办理行政复议案件，执行复议决定，发挥行政复议化解行政争议主渠道作用。", 4,
                                        "不履行复议决定的不得分；被纠错案件每件扣1分。",
                                        "行政复议案件台账及复议决定执行情况", "sifa", List.of("shichang"),
                                        count("reconsiderationCases", "行政复议案件数", "件"),
                                        percentage("reconsiderationCorrectedRate", "被复议纠错率")),
                                item("6.2", "信访工作法治化", "推进信访工作法治化，信访事项依法按期办结。", 4,
                                        "信访事项按期办结率低于95%的扣2分。",
                                        "信访事项办理台账", "minzheng", List.of("shichang"),
                                        percentage("petitionsOnTimeRate", "信访事项按期办结率")),
                                item("6.3", "人民调解", "健全人民调解组织网络，及时调解矛盾纠纷。", 4,
                                        "调解组织未覆盖的扣2分；调解纠纷激化引发案件的每件扣1分。",
                                        "人民调解组织名册、调解案件统计", "sifa", List.of("minzheng"),
                                        count("mediatedDisputes", "调解矛盾纠纷件数", "件")))),
                        new AspectDraft("7", "提高政府工作人员法治思维和依法行政能力", List.of(
                                item("7.1", "领导干部学法", "落实党组理论学习中心组学法、会前学法制度，开展宪法宣誓。", 4,
                                        "中心组年度学法少于4次的扣2分；未落实会前学法的扣2分。",
                                        "学法计划、学习记录", "sifa", List.of("minzheng", "shichang", "shengtai"),
                                        count("studySessions", "中心组学法次数", "次")),
                                item("7.2", "“谁执法谁普法”普法责任制", "落实“谁执法谁普法”普法责任制，公布普法责任清单，利用新媒体开展普法宣传。", 5,
                                        "未公布普法责任清单的扣2分；未开展主题普法活动的扣2分。",
                                        "普法责任清单、普法活动图文材料", "sifa", List.of("minzheng", "shichang", "shengtai"),
                                        yesNo("publicityListPublished", "是否公布普法责任清单"),
                                        count("publicityEvents", "开展普法活动次数", "次")))),
                        new AspectDraft("8", "加强组织保障", List.of(
                                item("8.1", "第一责任人职责", "党政主要负责人切实履行推进法治建设第一责任人职责，亲自部署、亲自研究，年度述法。", 6,
                                        "主要负责人未年度述法的扣3分；未专题研究法治建设的扣3分。",
                                        "专题研究会议纪要、述法报告", "sifa", List.of("minzheng", "shichang", "shengtai"),
                                        yesNo("leaderReportedOnLaw", "主要负责人是否年度述法")),
                                item("8.2", "法治政府建设年度报告", "按时报送上一年度法治政府建设情况报告，并通过门户网站向社会公开。", 6,
                                        "未按时报送的扣3分；未向社会公开的扣3分。",
                                        "年度报告及公开网页截图", "sifa", List.of("minzheng", "shichang", "shengtai"),
                                        yesNo("reportPublished", "年度报告是否向社会公开"))))));
    }

    private static ItemDraft item(String code, String title, String requirement, int points, String scoringRule,
            String expectedEvidence, String leadUnit, List<String> coUnits, MetricDraft... metrics) {
        return new ItemDraft(code, title, requirement, BigDecimal.valueOf(points), scoringRule, List.of(metrics),
                expectedEvidence, leadUnit, coUnits);
    }

    private static MetricDraft count(String code, String label, String unit) {
        return new MetricDraft(code, label, MetricKind.COUNT, unit);
    }

    private static MetricDraft percentage(String code, String label) {
        return new MetricDraft(code, label, MetricKind.PERCENTAGE, "%");
    }

    private static MetricDraft yesNo(String code, String label) {
        return new MetricDraft(code, label, MetricKind.YES_NO, null);
    }
}
