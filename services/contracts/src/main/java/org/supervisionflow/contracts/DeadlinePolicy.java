package org.supervisionflow.contracts;

import java.util.List;

/**
 * A campaign's deadline rules, counted in working days (法定工作日): reminders before a due date (催办, 0 = on the day),
 * the yellow and red warnings after it, and the auditors' time limit for a review. Null on an {@link AssignmentScope}
 * means the engine's defaults.
 */
public record DeadlinePolicy(List<Integer> reminderWorkingDaysBefore, int yellowWarningAfterWorkingDays,
        int redWarningAfterWorkingDays, int reviewWorkingDays) {

    /** 3 and 1 working days before and on the day; yellow 1 and red 5 working days late; 10 working days to review. */
    public static final DeadlinePolicy DEFAULT = new DeadlinePolicy(List.of(3, 1, 0), 1, 5, 10);
}
