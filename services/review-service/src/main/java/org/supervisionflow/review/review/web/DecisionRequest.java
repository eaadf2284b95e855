package org.supervisionflow.review.review.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.contracts.FindingSeverity;
import org.supervisionflow.contracts.ReturnReason;
import org.supervisionflow.contracts.ReviewDecision;
import org.supervisionflow.review.review.DecisionCommand;
import org.supervisionflow.review.review.RaisedFinding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The auditor's decision: ACCEPT; ACCEPT_WITH_FINDINGS with at least one finding; or RETURN with reasons, each for an
 * indicator or (without one) for the whole report.
 */
record DecisionRequest(
        @NotNull ReviewDecision decision,
        @Size(max = 4000) String comment,
        @Size(max = 100) List<@Valid @NotNull FindingRequest> findings,
        @Size(max = 100) List<@Valid @NotNull ReturnReasonRequest> returnReasons) {

    DecisionCommand command() {
        return new DecisionCommand(decision, comment,
                returnReasons == null ? List.of() : returnReasons.stream()
                        .map(reason -> new ReturnReason(reason.indicatorId(), reason.reason().strip()))
                        .toList(),
                findings == null ? List.of() : findings.stream()
                        .map(finding -> new RaisedFinding(finding.indicatorId(), finding.severity(),
                                finding.description(), finding.requiredMeasures(), finding.deadline()))
                        .toList());
    }

    /** A finding: the indicator it concerns, how grave it is, what is wrong, what must be done, and by when. */
    record FindingRequest(
            @NotNull UUID indicatorId,
            @NotNull FindingSeverity severity,
            @NotBlank @Size(max = 4000) String description,
            @NotBlank @Size(max = 4000) String requiredMeasures,
            @NotNull LocalDate deadline) {
    }

    /** Why the report goes back, for one indicator or (indicatorId left out) for the whole report. */
    record ReturnReasonRequest(UUID indicatorId, @NotBlank @Size(max = 4000) String reason) {
    }
}
