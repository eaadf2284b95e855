package org.supervisionflow.platform.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request that cannot be carried out, for a reason the caller can understand and act on. Thrown by
 * aggregates and use cases; answered as problem+json with {@code code}, and title and detail in both
 * languages.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Text title;
    private final Text detail;
    private final Map<String, Object> properties;

    public ProblemException(HttpStatus status, String code, Text title, Text detail, Map<String, Object> properties) {
        super(code + ": " + detail.en());
        this.status = status;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.properties = Map.copyOf(properties);
    }

    /** 404 for an object that does not exist or that the caller may not see: the two look the same. */
    public static ProblemException notFound(Text thing, Object id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", Text.of("未找到", "Not found"),
                Text.of("未找到" + thing.zh() + "：" + id, thing.en() + " " + id + " was not found"), Map.of());
    }

    /** 409: the request clashes with the object's current state. */
    public static ProblemException conflict(String code, Text detail) {
        return new ProblemException(HttpStatus.CONFLICT, code, Text.of("状态冲突", "Conflict"), detail, Map.of());
    }

    /** 422: well-formed but against a business rule. */
    public static ProblemException unprocessable(String code, Text detail) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, code, Text.of("无法处理", "Cannot be processed"),
                detail, Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Text title() {
        return title;
    }

    public Text detail() {
        return detail;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
