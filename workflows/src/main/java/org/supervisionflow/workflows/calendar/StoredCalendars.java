package org.supervisionflow.workflows.calendar;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The calendar as every deadline computation reads it: the office's replacement of a year from the database, else
 * the year shipped with the service.
 */
@Component
public class StoredCalendars implements CalendarYears {

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;
    private final BundledCalendars bundled;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StoredCalendars(JdbcClient jdbc, ObjectMapper objectMapper, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.bundled = new BundledCalendars(objectMapper);
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Optional<CalendarYear> find(int year) {
        return stored(year).or(() -> bundled.find(year));
    }

    /** Whether the year in use is the office's replacement rather than the shipped file. */
    public boolean replaced(int year) {
        return stored(year).isPresent();
    }

    /**
     * Puts the office's version of a year in place of whatever was used before; validated by the caller. Deadlines
     * already waiting move with it in the same transaction ({@link CalendarReplaced}).
     */
    @Transactional
    public void replace(CalendarYear year, String username) {
        jdbc.sql("""
                insert into working_calendar (year, data, updated_at, updated_by) values (:year, :data, :at, :by)
                on conflict (year) do update set data = :data, updated_at = :at, updated_by = :by""")
                .param("year", year.year())
                .param("data", json(year))
                .param("at", OffsetDateTime.now(clock))
                .param("by", username)
                .update();
        events.publishEvent(new CalendarReplaced(year.year()));
    }

    private Optional<CalendarYear> stored(int year) {
        return jdbc.sql("select data from working_calendar where year = ?").param(year)
                .query(String.class).optional().map(this::parse);
    }

    private String json(CalendarYear year) {
        try {
            return objectMapper.writeValueAsString(year);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Calendar " + year.year() + " is not JSON", e);
        }
    }

    private CalendarYear parse(String data) {
        try {
            return objectMapper.readValue(data, CalendarYear.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored calendar is unreadable", e);
        }
    }
}
