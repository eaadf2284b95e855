package org.supervisionflow.review.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.supervisionflow.platform.problem.Text;

/**
 * A report's totals under its rules. {@code totalScore} of {@code maxScore} is what the decision reports (applicable
 * indicators only, plus the capped bonus), so the percentage the grade is derived from is already rescaled;
 * {@code rescaledTotal} is the same result on the full points of every indicator ({@code fullMaxScore}), as the
 * office publishes it. {@code vetoed} overrides any grade with 不合格.
 */
public record ScoreSheet(BigDecimal totalScore, BigDecimal maxScore, BigDecimal fullMaxScore, BigDecimal rescaledTotal,
        BigDecimal bonusBeforeCap, BigDecimal bonus, boolean vetoed, List<Text> trace) {

    public ScoreSheet {
        trace = List.copyOf(trace);
    }
}
