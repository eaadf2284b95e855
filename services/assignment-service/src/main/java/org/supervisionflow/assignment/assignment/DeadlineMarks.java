package org.supervisionflow.assignment.assignment;

import java.time.Instant;

import org.supervisionflow.contracts.EscalationTarget;
import org.supervisionflow.contracts.WarningLevel;

/**
 * What the engine reported about an assignment's report deadline: overdue, the warning reached (黄牌/红牌, null for
 * none), the escalation (督办, null for none), and when the report was first submitted.
 */
public record DeadlineMarks(boolean overdue, WarningLevel warningLevel, EscalationTarget escalatedTo,
        Instant submittedAt) {
}
