package org.supervisionflow.workflows.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts working days (法定工作日): Monday to Friday, less the public holidays, plus the weekend days worked
 * instead (调休). A year nobody provided data for counts weekends only, with a warning in the log.
 */
public class WorkingDays {

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

    private final CalendarYears years;
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    public WorkingDays(CalendarYears years) {
        this.years = years;
    }

    public boolean isWorkingDay(LocalDate date) {
        Optional<CalendarYear> year = years.find(date.getYear());
        if (year.isEmpty() && warnedYears.add(date.getYear())) {
            log.warn("No working-day calendar for {}: counting weekends only, holidays and 调休 are ignored",
                    date.getYear());
        }
        if (year.isPresent() && year.get().isMakeUpWorkday(date)) {
            return true;
        }
        if (year.isPresent() && year.get().isHoliday(date)) {
            return false;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code count}-th working day after {@code date} ({@code count} ≥ 1). */
    public LocalDate after(LocalDate date, int count) {
        return step(date, count, 1);
    }

    /** The {@code count}-th working day before {@code date}; {@code date} itself for 0. */
    public LocalDate before(LocalDate date, int count) {
        return step(date, count, -1);
    }

    /** How many working days lie after {@code from} up to and including {@code to} (0 when {@code to} is not later). */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate step(LocalDate date, int count, int direction) {
        LocalDate day = date;
        for (int left = count; left > 0; ) {
            day = day.plusDays(direction);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
