package org.supervisionflow.assignment.framework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A framework without its tree, for lists. */
public record FrameworkSummary(
        UUID id,
        String name,
        int year,
        String description,
        FrameworkStatus status,
        int aspectCount,
        int itemCount,
        BigDecimal totalPoints,
        Instant updatedAt) {
}
