package org.supervisionflow.platform.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * Collects the business-rule violations of one request so the caller learns all of them at once. The
 * {@code errors} entries have the same shape as the platform's Bean Validation errors (field, message in
 * {@code zh-CN} and {@code en}), so a form shows both kinds the same way.
 */
public final class Violations {

    private static final Text TITLE = Text.of("无法处理", "Cannot be processed");

    private final List<Map<String, Object>> errors = new ArrayList<>();

    public Violations add(String field, Text message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", Map.of("zh-CN", message.zh(), "en", message.en()));
        errors.add(error);
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws a 422 problem with {@code code}, {@code detail} and the collected errors, if there are any. */
    public void throwIfAny(String code, Text detail) {
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, code, TITLE, detail, Map.of("errors", List.copyOf(errors)));
        }
    }

    /** A single violation, thrown at once. */
    public static ProblemException single(String code, String field, Text message) {
        Violations violations = new Violations().add(field, message);
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, code, TITLE, message,
                Map.of("errors", List.copyOf(violations.errors)));
    }
}
