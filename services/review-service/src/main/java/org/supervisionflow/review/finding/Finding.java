package org.supervisionflow.review.finding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.contracts.FindingSeverity;

/**
 * A finding with its rectification notice and its status; {@code deadline} is the one in force, which a granted
 * extension moves away from {@code originalDeadline}.
 */
public record Finding(UUID id, String noticeNumber, UUID reviewId, UUID assignmentId, UUID reportId, int reportVersion,
        String campaignTitle, String departmentCode, String departmentName, UUID indicatorId, String indicatorCode,
        String indicatorTitle, FindingSeverity severity, String description, String requiredMeasures,
        LocalDate deadline, LocalDate originalDeadline, Instant deadlineMovedAt, FindingStatus status, Instant issuedAt,
        Instant closedAt) {

    /** The finding as events carry it. */
    public FindingNotice notice() {
        return new FindingNotice(id, noticeNumber, indicatorId, severity, description, requiredMeasures, deadline);
    }
}
