package org.supervisionflow.submission.report;

import java.sql.Types;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the stores of reports, rectifications and extension requests share: JSON columns (actors, rejections), and the
 * two rules for rows users change: read within the caller's department scope and locked for the transaction, and
 * written only over the version that was read (optimistic locking).
 */
@Component
public class Rows {

    /** The department-scope condition: {@code :scope} is the caller's department, or null for every one. */
    private static final String IN_SCOPE = "(cast(:scope as text) is null or department_code = :scope)";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Rows(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The row {@code selectWhere} (a select ending in its own where condition) finds within {@code scope}, locked until
     * the transaction ends, so changes of one row run one after the other.
     */
    public <T> Optional<T> lockInScope(String selectWhere, Map<String, ?> params, Optional<String> scope,
            RowMapper<T> mapper) {
        return jdbc.sql(selectWhere + " and " + IN_SCOPE + " for update")
                .params(params)
                .param("scope", scope.orElse(null), Types.VARCHAR)
                .query(mapper)
                .optional();
    }

    /** Fails unless an update {@code where id = :id and version = :previousVersion} changed exactly that row. */
    public static void requireVersion(int updated, String what, UUID id, long previousVersion) {
        if (updated != 1) {
            throw new OptimisticLockingFailureException(what + " " + id + " changed since version " + previousVersion);
        }
    }

    /** The value as a JSON column, null for null. */
    public String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    /** A JSON column as {@code type}, null for null. */
    public <T> T read(String text, Class<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read " + type.getSimpleName(), e);
        }
    }
}
