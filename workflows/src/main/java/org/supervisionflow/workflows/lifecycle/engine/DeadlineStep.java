package org.supervisionflow.workflows.lifecycle.engine;

import java.time.OffsetDateTime;

/**
 * One step of a deadline's watch: a reminder {@code workingDays} before the due date, the moment it is missed, or a
 * check {@code workingDays} after it whether a warning is due. Public for the JSON process variable.
 */
public record DeadlineStep(Kind kind, OffsetDateTime at, int workingDays) {

    /** What happens when the step's timer fires. */
    public enum Kind {
        REMINDER, MISSED, CHECK
    }
}
