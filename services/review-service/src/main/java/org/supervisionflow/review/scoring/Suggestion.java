package org.supervisionflow.review.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.supervisionflow.platform.problem.Text;

/**
 * What a rule makes of an indicator: the suggested score (null when the rule still lacks an input, or the indicator
 * has no rule or is not applicable), whether it triggers the veto, and the steps that explain it.
 */
public record Suggestion(BigDecimal score, boolean applicable, boolean veto, List<Text> trace) {

    public Suggestion {
        trace = List.copyOf(trace);
    }
}
