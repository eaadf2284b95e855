package org.supervisionflow.platform.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;

/**
 * Answers every failed request with problem+json in both languages: domain problems, validation errors
 * (one entry per field, with Hibernate Validator's own Chinese and English messages), Spring MVC's
 * standard exceptions, and a generic 500 that reveals nothing internal.
 */
@RestControllerAdvice
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final Map<Integer, Text[]> GENERIC = Map.of(
            400, texts("请求有误", "Bad request", "请求格式或参数有误，请检查后重试。", "The request is malformed or has wrong parameters."),
            404, texts("未找到", "Not found", "请求的资源不存在。", "The requested resource does not exist."),
            405, texts("方法不允许", "Method not allowed", "该资源不支持此请求方法。", "The resource does not support this method."),
            406, texts("无法提供该格式", "Not acceptable", "无法以请求的格式返回结果。", "The result cannot be given in the requested format."),
            409, texts("状态冲突", "Conflict", "数据已被他人修改，请刷新后重试。", "Someone else changed the data; reload and try again."),
            413, texts("内容过大", "Payload too large", "上传的内容超过了大小限制。", "The upload exceeds the size limit."),
            415, texts("不支持的格式", "Unsupported media type", "不支持请求内容的格式。", "The request's content type is not supported."),
            500, texts("服务器内部错误", "Internal server error", "服务器处理请求时出错，已记录，请稍后重试。", "The server failed to handle the request; it was logged, please retry later."));

    private final ProblemResponses problems;
    private final MessageInterpolator interpolator =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    public ProblemExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> onProblem(ProblemException exception) {
        return respond(problems.problem(exception, locale()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> onAccessDenied(AccessDeniedException exception) {
        return respond(problems.forbidden(locale()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> onConcurrentChange(OptimisticLockingFailureException exception) {
        return respond(generic(HttpStatus.CONFLICT, "concurrent-change"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> onTypeMismatch(MethodArgumentTypeMismatchException exception) {
        Text detail = Text.of("参数 " + exception.getName() + " 的值无效：" + exception.getValue(),
                "Parameter " + exception.getName() + " has an invalid value: " + exception.getValue());
        return respond(problems.problem(HttpStatus.BAD_REQUEST, "invalid-parameter", GENERIC.get(400)[0], detail, locale()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onUnexpected(Exception exception) {
        log.error("Unexpected failure", exception);
        return respond(generic(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = exception.getBindingResult().getAllErrors().stream()
                .map(this::describe)
                .toList();
        return ResponseEntity.badRequest().body(problems.withErrors(validationProblem(), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = exception.getAllErrors().stream()
                .map(error -> error instanceof ObjectError objectError ? describe(objectError)
                        : Map.<String, Object>of("message", Map.of("zh-CN", String.valueOf(error.getDefaultMessage()),
                                "en", String.valueOf(error.getDefaultMessage()))))
                .toList();
        return ResponseEntity.badRequest().body(problems.withErrors(validationProblem(), errors));
    }

    /** Spring MVC's own exceptions keep their status but get our bilingual text. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        HttpStatus status = HttpStatus.valueOf(statusCode.value());
        ProblemDetail problem = generic(status, status.is4xxClientError() ? "request-error" : "internal-error");
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private ProblemDetail validationProblem() {
        return problems.problem(HttpStatus.BAD_REQUEST, "validation-failed", Text.of("输入有误", "Invalid input"),
                Text.of("请修正标出的字段后重试，已保存的内容不受影响。", "Correct the fields listed and try again; nothing saved was changed."),
                locale());
    }

    private Map<String, Object> describe(ObjectError error) {
        Map<String, Object> described = new HashMap<>();
        described.put("field", error instanceof FieldError field ? field.getField() : error.getObjectName());
        if (error instanceof FieldError field) {
            described.put("rejectedValue", field.getRejectedValue() == null ? null : String.valueOf(field.getRejectedValue()));
        }
        described.put("message", bilingual(error));
        return described;
    }

    /** Interpolates the constraint's message template once per language. */
    private Map<String, String> bilingual(ObjectError error) {
        if (error.contains(ConstraintViolation.class)) {
            ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
            MessageInterpolator.Context context = new ViolationContext(violation);
            return Map.of("zh-CN", interpolator.interpolate(violation.getMessageTemplate(), context, CHINESE),
                    "en", interpolator.interpolate(violation.getMessageTemplate(), context, Locale.ENGLISH));
        }
        String message = String.valueOf(error.getDefaultMessage());
        return Map.of("zh-CN", message, "en", message);
    }

    private ProblemDetail generic(HttpStatus status, String code) {
        Text[] texts = GENERIC.getOrDefault(status.value(), GENERIC.get(status.is4xxClientError() ? 400 : 500));
        return problems.problem(status, code, texts[0], texts[1], locale());
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static Text[] texts(String titleZh, String titleEn, String detailZh, String detailEn) {
        return new Text[] { Text.of(titleZh, titleEn), Text.of(detailZh, detailEn) };
    }

    private record ViolationContext(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return type.cast(this);
        }
    }
}
