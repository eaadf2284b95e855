package org.supervisionflow.workflows.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The years shipped with the service, {@code calendar/<year>.json} on the classpath: the default for each year. */
public final class BundledCalendars implements CalendarYears {

    private final ObjectMapper objectMapper;

    public BundledCalendars(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public Optional<CalendarYear> find(int year) {
        try (InputStream file = BundledCalendars.class.getClassLoader()
                .getResourceAsStream("calendar/" + year + ".json")) {
            return file == null ? Optional.empty() : Optional.of(objectMapper.readValue(file, CalendarYear.class));
        } catch (IOException e) {
            throw new UncheckedIOException("calendar/" + year + ".json is unreadable", e);
        }
    }
}
