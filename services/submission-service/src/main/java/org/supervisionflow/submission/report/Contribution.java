package org.supervisionflow.submission.report;

import java.time.Instant;

/**
 * A co-unit's (配合单位) part of an indicator the caller's department leads: the co-unit drafts it in its own
 * report's section for the indicator, its leader approves it with that report, and from then on the lead sees
 * it here. {@code contribution} is the section as of the co-unit's latest submitted version ({@code version});
 * both are null while the co-unit has submitted nothing, and {@code status} says how far it is.
 */
public record Contribution(String departmentCode, String departmentName, ReportStatus status, Integer version,
        Instant submittedAt, SectionSnapshot contribution) {
}
