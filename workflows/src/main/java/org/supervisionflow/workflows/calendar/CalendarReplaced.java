package org.supervisionflow.workflows.calendar;

/** The office replaced a year of the working-day calendar; published inside the transaction that stores it. */
public record CalendarReplaced(int year) {
}
