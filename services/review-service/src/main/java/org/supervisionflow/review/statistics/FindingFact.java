package org.supervisionflow.review.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.FindingSeverity;
import org.supervisionflow.review.finding.FindingStatus;

/** One finding as statistics and the ledger count it: where it belongs, how grave, and where its rectification stands. */
public record FindingFact(UUID findingId, String noticeNumber, UUID campaignId, String campaignTitle, String period,
        String departmentCode, String departmentName, String aspect, String indicatorCode, String indicatorTitle,
        FindingSeverity severity, String description, LocalDate deadline, FindingStatus status, Instant issuedAt,
        Instant closedAt) {

    public boolean closed() {
        return status == FindingStatus.CLOSED;
    }

    /** Still open after its deadline (in force, extensions included). */
    public boolean overdue(LocalDate today) {
        return !closed() && deadline.isBefore(today);
    }
}
