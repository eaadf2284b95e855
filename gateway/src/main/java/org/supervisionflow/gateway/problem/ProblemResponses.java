package org.supervisionflow.gateway.problem;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import reactor.core.publisher.Mono;

/**
 * Writes the gateway's own problem+json answers exactly like the services do: {@code title} and {@code detail} in
 * the caller's language (Chinese unless the caller asks for English), both languages under {@code i18n}, a stable
 * {@code code}.
 */
@Component
public class ProblemResponses {

    static final String TYPE_BASE = "https://supervisionflow.org/problems/";

    private static final Text UNAUTHORIZED = Text.of("请先登录", "Please log in first");
    private static final Text UNAUTHORIZED_DETAIL = Text.of("您尚未登录或登录已过期，请刷新页面重新登录。",
            "You are not logged in or your session has expired; reload the page to log in again.");
    private static final Text FORBIDDEN = Text.of("无权操作", "Forbidden");
    private static final Text FORBIDDEN_DETAIL = Text.of("您的角色无权执行此操作。", "Your role may not do this.");
    private static final Text CSRF_REJECTED = Text.of("请求已被拒绝", "Request refused");
    private static final Text CSRF_REJECTED_DETAIL = Text.of("请求缺少有效的防跨站令牌（X-XSRF-TOKEN），请刷新页面后重试。",
            "The request carries no valid anti-forgery token (X-XSRF-TOKEN); reload the page and try again.");

    private final ObjectMapper objectMapper;

    public ProblemResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** A problem with both languages under {@code i18n} and title and detail in the caller's language. */
    public ProblemDetail problem(HttpStatus status, String code, Text title, Text detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail.in(locale));
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title.in(locale));
        problem.setProperty("code", code);
        problem.setProperty("i18n", Map.of("title", title.asMap(), "detail", detail.asMap()));
        return problem;
    }

    /** Answers the exchange with a problem in the caller's language. */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, Text title, Text detail) {
        ProblemDetail problem = problem(status, code, title, detail, localeOf(exchange));
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        return response.writeWith(Mono.fromCallable(() -> body(response, problem)));
    }

    /** For an API call without a login: 401, never a redirect to the login page. */
    public Mono<Void> unauthorized(ServerWebExchange exchange, AuthenticationException exception) {
        return write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", UNAUTHORIZED, UNAUTHORIZED_DETAIL);
    }

    public Mono<Void> forbidden(ServerWebExchange exchange, AccessDeniedException exception) {
        return write(exchange, HttpStatus.FORBIDDEN, "forbidden", FORBIDDEN, FORBIDDEN_DETAIL);
    }

    /** A state-changing request without the CSRF token of the session's cookie. */
    public Mono<Void> csrfRejected(ServerWebExchange exchange, AccessDeniedException exception) {
        return write(exchange, HttpStatus.FORBIDDEN, "csrf-token-invalid", CSRF_REJECTED, CSRF_REJECTED_DETAIL);
    }

    /** Security and routing answer before any controller: Chinese unless the caller names a language. */
    static Locale localeOf(ServerWebExchange exchange) {
        if (exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        Locale locale = exchange.getLocaleContext().getLocale();
        return locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    }

    private DataBuffer body(ServerHttpResponse response, ProblemDetail problem) throws JsonProcessingException {
        return response.bufferFactory().wrap(objectMapper.writeValueAsBytes(problem));
    }
}
