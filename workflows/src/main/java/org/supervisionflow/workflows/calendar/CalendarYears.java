package org.supervisionflow.workflows.calendar;

import java.util.Optional;

/** Where the calendar's years come from. */
public interface CalendarYears {

    /** The year's holidays and make-up working days, if anyone provided them. */
    Optional<CalendarYear> find(int year);
}
