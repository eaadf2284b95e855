package org.supervisionflow.review.review;

import java.util.List;

import org.supervisionflow.contracts.ReturnReason;
import org.supervisionflow.contracts.ReviewDecision;

/** What the auditor decides: the outcome, an optional comment, and the findings or return reasons it needs. */
public record DecisionCommand(ReviewDecision decision, String comment, List<ReturnReason> returnReasons,
        List<RaisedFinding> findings) {

    public DecisionCommand {
        returnReasons = returnReasons == null ? List.of() : List.copyOf(returnReasons);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
