package org.supervisionflow.contracts;

import java.time.LocalDate;
import java.util.UUID;

/** A finding as issued in a numbered rectification notice (整改通知书). */
public record FindingNotice(
        UUID findingId,
        String noticeNumber,
        UUID indicatorId,
        FindingSeverity severity,
        String description,
        String requiredMeasures,
        LocalDate deadline) {
}
