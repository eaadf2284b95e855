package org.supervisionflow.workflows.lifecycle.engine;

import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.DEADLINE_ZONE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.supervisionflow.workflows.calendar.WorkingDays;

/**
 * Turns a due date and a campaign's deadline policy into the dates of a watch's timers, in working days: the
 * reminders at 09:00 (Beijing) n working days before the due date, the miss at midnight after it, and a warning
 * check at 09:00 on each working day after it up to the later warning threshold. Steps already past are left out,
 * so a watch started late (or again, after an answer was rejected) does not repeat what was said before.
 */
@Component
public class DeadlinePlanner {

    static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    private final WorkingDays workingDays;

    public DeadlinePlanner(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /** The steps after {@code now}, in time order. */
    public List<DeadlineStep> plan(LocalDate dueDate, List<Integer> reminderWorkingDaysBefore, int yellowAfter,
            int redAfter, Instant now) {
        List<DeadlineStep> steps = new ArrayList<>();
        for (int before : reminderWorkingDaysBefore) {
            steps.add(new DeadlineStep(DeadlineStep.Kind.REMINDER, at(workingDays.before(dueDate, before),
                    REMINDER_TIME), before));
        }
        steps.add(new DeadlineStep(DeadlineStep.Kind.MISSED, at(dueDate.plusDays(1), LocalTime.MIDNIGHT), 0));
        for (int after = 1; after <= Math.max(yellowAfter, redAfter); after++) {
            steps.add(new DeadlineStep(DeadlineStep.Kind.CHECK, at(workingDays.after(dueDate, after), REMINDER_TIME),
                    after));
        }
        return steps.stream()
                .filter(step -> step.at().toInstant().isAfter(now))
                .sorted(Comparator.comparing(DeadlineStep::at))
                .toList();
    }

    /** The due date of a time limit that starts today: {@code limit} working days from {@code now}'s date. */
    public LocalDate limitFrom(Instant now, int limit) {
        return workingDays.after(now.atZone(DEADLINE_ZONE).toLocalDate(), limit);
    }

    private static OffsetDateTime at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(DEADLINE_ZONE).toOffsetDateTime();
    }
}
