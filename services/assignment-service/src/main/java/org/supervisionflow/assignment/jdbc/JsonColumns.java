package org.supervisionflow.assignment.jdbc;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes values to jsonb columns and reads them back with the application's {@link ObjectMapper}, so every store maps
 * JSON the same way; null stays null (SQL NULL), and a value that cannot be mapped is a programming error.
 */
@Component
public class JsonColumns {

    private final ObjectMapper mapper;

    JsonColumns(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The value as JSON text for a {@code cast(:param as jsonb)}, or null. */
    public String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** A column's JSON text as {@code type}, or null when the column is NULL. */
    public <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a " + type.getSimpleName() + " from JSON", e);
        }
    }
}
