package org.supervisionflow.gateway.problem;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.WebSession;

import reactor.core.publisher.Mono;

/**
 * Turns what fails inside the gateway (no route, wrong method, a timeout, a token Keycloak no longer refreshes, a
 * bug) into bilingual problem+json, so the web app reads one error shape whether the gateway or a service answered. Runs before Spring Boot's
 * whitelabel handler (order -1).
 */
@Component
@Order(-2)
class ProblemErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private static final Map<Integer, Text[]> GENERIC = Map.of(
            400, texts("请求有误", "Bad request", "请求格式或参数有误，请检查后重试。", "The request is malformed or has wrong parameters."),
            404, texts("未找到", "Not found", "请求的资源不存在。", "The requested resource does not exist."),
            405, texts("方法不允许", "Method not allowed", "该资源不支持此请求方法。", "The resource does not support this method."),
            413, texts("内容过大", "Payload too large", "上传的内容超过了大小限制。", "The upload exceeds the size limit."),
            415, texts("不支持的格式", "Unsupported media type", "不支持请求内容的格式。", "The request's content type is not supported."),
            500, texts("服务器内部错误", "Internal server error", "服务器处理请求时出错，已记录，请稍后重试。",
                    "The server failed to handle the request; it was logged, please retry later."),
            502, texts("服务暂不可用", "Service unavailable", "后台服务没有正确响应，请稍后重试。",
                    "A service behind the gateway did not answer properly; please retry later."),
            503, texts("服务暂不可用", "Service unavailable", "后台服务暂时无法访问，请稍后重试。",
                    "A service behind the gateway cannot be reached right now; please retry later."),
            504, texts("服务响应超时", "Service timed out", "后台服务响应超时，请稍后重试。",
                    "A service behind the gateway took too long to answer; please retry later."));

    private final ProblemResponses problems;

    ProblemErrorHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        if (failure instanceof OAuth2AuthorizationException refused) {
            // Keycloak would not refresh the session's token (its session ended or was revoked): end ours too, so
            // the next page load logs in again instead of failing on every call.
            log.info("Keycloak refused the session's token ({}); ending the session", refused.getError().getErrorCode());
            return exchange.getSession()
                    .flatMap(WebSession::invalidate)
                    .then(problems.unauthorized(exchange, null));
        }
        HttpStatus status = failure instanceof ResponseStatusException statusException
                ? HttpStatus.resolve(statusException.getStatusCode().value())
                : null;
        if (status == null || status.is5xxServerError() && !GENERIC.containsKey(status.value())) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
            log.error("Unexpected failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    failure);
        }
        Text[] texts = GENERIC.getOrDefault(status.value(), GENERIC.get(status.is4xxClientError() ? 400 : 500));
        String code = switch (status) {
            case NOT_FOUND -> "not-found";
            case GATEWAY_TIMEOUT -> "service-timeout";
            case BAD_GATEWAY, SERVICE_UNAVAILABLE -> "service-unavailable";
            case INTERNAL_SERVER_ERROR -> "internal-error";
            default -> "request-error";
        };
        return problems.write(exchange, status, code, texts[0], texts[1]);
    }

    private static Text[] texts(String titleZh, String titleEn, String detailZh, String detailEn) {
        return new Text[] { Text.of(titleZh, titleEn), Text.of(detailZh, detailEn) };
    }
}
