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
            steps.add(timed(DeadlineStep.Kind.REMINDER, before, dueDate));
        }
        steps.add(timed(DeadlineStep.Kind.MISSED, 0, dueDate));
        for (int after = 1; after <= Math.max(yellowAfter, redAfter); after++) {
            steps.add(timed(DeadlineStep.Kind.CHECK, after, dueDate));
        }
        return steps.stream()
                .filter(step -> step.at().toInstant().isAfter(now))
                .sorted(Comparator.comparing(DeadlineStep::at))
                .toList();
    }

    /**
     * The same steps at the times the calendar gives them now (the office replaced a year): a reminder whose new time
     * has passed is left out, since the days it would count are wrong; a miss or a check stays however late.
     */
    public List<DeadlineStep> retime(List<DeadlineStep> steps, LocalDate dueDate, Instant now) {
        return steps.stream()
                .map(step -> timed(step.kind(), step.workingDays(), dueDate))
                .filter(step -> step.kind() != DeadlineStep.Kind.REMINDER || step.at().toInstant().isAfter(now))
                .sorted(Comparator.comparing(DeadlineStep::at))
                .toList();
    }

    /** When a step falls: {@code count} working days before the due date, just after it, or after it. */
    public DeadlineStep timed(DeadlineStep.Kind kind, int count, LocalDate dueDate) {
        return switch (kind) {
            case REMINDER -> new DeadlineStep(kind, at(workingDays.before(dueDate, count), REMINDER_TIME), count);
            case MISSED -> new DeadlineStep(kind, at(dueDate.plusDays(1), LocalTime.MIDNIGHT), 0);
            case CHECK -> new DeadlineStep(kind, at(workingDays.after(dueDate, count), REMINDER_TIME), count);
        };
    }

    /** The due date of a time limit that starts today: {@code limit} working days from {@code now}'s date. */
    public LocalDate limitFrom(Instant now, int limit) {
        return workingDays.after(now.atZone(DEADLINE_ZONE).toLocalDate(), limit);
    }

    private static OffsetDateTime at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(DEADLINE_ZONE).toOffsetDateTime();
    }
}
