package org.supervisionflow.platform.problem;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Builds the problem+json bodies of every service, so that they all look alike. */
public class ProblemResponses {

    static final String TYPE_BASE = "https://supervisionflow.org/problems/";

    private static final Text UNAUTHORIZED = Text.of("请先登录", "Please log in first");
    private static final Text UNAUTHORIZED_DETAIL = Text.of("请求缺少有效的访问令牌。", "The request carries no valid access token.");
    private static final Text FORBIDDEN = Text.of("无权操作", "Forbidden");
    private static final Text FORBIDDEN_DETAIL = Text.of("您的角色无权执行此操作。", "Your role may not do this.");

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

    ProblemDetail problem(ProblemException exception, Locale locale) {
        ProblemDetail problem = problem(exception.status(), exception.code(), exception.title(), exception.detail(), locale);
        exception.properties().forEach(problem::setProperty);
        return problem;
    }

    ProblemDetail withErrors(ProblemDetail problem, List<Map<String, Object>> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        write(response, problem(HttpStatus.UNAUTHORIZED, "unauthorized", UNAUTHORIZED, UNAUTHORIZED_DETAIL,
                localeOf(request)));
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        write(response, forbidden(localeOf(request)));
    }

    ProblemDetail forbidden(Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", FORBIDDEN, FORBIDDEN_DETAIL, locale);
    }

    /** Security answers before Spring MVC resolves the locale: Chinese unless the caller names a language. */
    private static Locale localeOf(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
