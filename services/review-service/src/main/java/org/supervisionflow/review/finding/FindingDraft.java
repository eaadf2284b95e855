package org.supervisionflow.review.finding;

import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.FindingSeverity;

/** A finding as the auditor writes it in a decision, before it has a notice number. */
public record FindingDraft(UUID indicatorId, String indicatorCode, String indicatorTitle, FindingSeverity severity,
        String description, String requiredMeasures, LocalDate deadline) {
}
