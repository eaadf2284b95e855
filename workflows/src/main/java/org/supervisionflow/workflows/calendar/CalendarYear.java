package org.supervisionflow.workflows.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year of the working-day calendar: the public holidays (放假) and the weekend days worked instead (调休上班),
 * where the data came from, and whether it is provisional (not yet published, derived by the rules).
 */
public record CalendarYear(int year, boolean provisional, String source, List<Day> holidays, List<Day> workdays) {

    public CalendarYear {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workdays = workdays == null ? List.of() : List.copyOf(workdays);
    }

    /** A named day: 春节, 国庆节调休上班, … */
    public record Day(LocalDate date, String name) {
    }

    boolean isHoliday(LocalDate date) {
        return holidays.stream().anyMatch(day -> day.date().equals(date));
    }

    boolean isMakeUpWorkday(LocalDate date) {
        return workdays.stream().anyMatch(day -> day.date().equals(date));
    }
}
