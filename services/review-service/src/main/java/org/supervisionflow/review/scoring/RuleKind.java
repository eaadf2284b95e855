package org.supervisionflow.review.scoring;

/** How a scoring rule turns what the auditor found into points. */
public enum RuleKind {
    /** 扣分: the indicator's points less a deduction per occurrence found, down to zero (扣完为止). */
    DEDUCTION,
    /** 加分: points per occurrence up to the indicator's points; the campaign caps the sum of all bonus points. */
    BONUS,
    /** 一票否决: when triggered the indicator scores zero and the report is graded 不合格 whatever its total. */
    VETO,
    /** 不适用: the indicator is not scored and the total is rescaled to the applicable indicators. */
    NOT_APPLICABLE,
    /** A deduction when a metric the department reported is below a threshold (e.g. 出庭应诉率 below 100%). */
    THRESHOLD
}
