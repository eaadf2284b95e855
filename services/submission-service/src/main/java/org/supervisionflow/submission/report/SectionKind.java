package org.supervisionflow.submission.report;

/** The kinds of section a report has; every seed report shares the general ones. */
public enum SectionKind {

    /** 工作推进情况总体概述: the overview that opens the report. */
    OVERVIEW("工作推进情况总体概述"),
    /** The department's answer for one assigned indicator: narrative plus the figures it asks for. */
    INDICATOR(null),
    /** 主要负责人履行推进法治建设第一责任人职责情况, signed by the department leader; only when the campaign asks. */
    PRINCIPAL_DUTY("主要负责人履行推进法治建设第一责任人职责情况"),
    /** 存在问题. */
    PROBLEMS("存在问题"),
    /** 下一步工作安排. */
    NEXT_STEPS("下一步工作安排");

    private final String generalTitle;

    SectionKind(String generalTitle) {
        this.generalTitle = generalTitle;
    }

    /** The fixed heading of a general section; indicator sections take the indicator's title instead. */
    String generalTitle() {
        if (generalTitle == null) {
            throw new IllegalStateException(this + " sections are titled by their indicator");
        }
        return generalTitle;
    }
}
