package org.supervisionflow.review.review;

import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.FindingSeverity;

/** A finding the auditor raises in a decision to accept with findings. */
public record RaisedFinding(UUID indicatorId, FindingSeverity severity, String description, String requiredMeasures,
        LocalDate deadline) {
}
