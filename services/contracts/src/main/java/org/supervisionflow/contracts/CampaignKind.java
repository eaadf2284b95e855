package org.supervisionflow.contracts;

/** The kinds of campaign (督察任务) an office issues. */
public enum CampaignKind {
    /** 年度报告: due in the first quarter for the previous year, published to the public. */
    ANNUAL_REPORT,
    /** 季度报告. */
    QUARTERLY_PROGRESS,
    /** 全面督察. */
    COMPREHENSIVE_INSPECTION,
    /** 专项督察. */
    SPECIAL_INSPECTION
}
