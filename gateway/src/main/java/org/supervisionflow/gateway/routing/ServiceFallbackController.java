package org.supervisionflow.gateway.routing;

import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.supervisionflow.gateway.problem.ProblemResponses;
import org.supervisionflow.gateway.problem.Text;

import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker forwards when its service is down, refuses the connection or is too slow: the web
 * app gets a bilingual 503 or 504 instead of a stack trace.
 */
@RestController
class ServiceFallbackController {

    static final String PATH = "/fallback/service-unavailable";

    private static final Logger log = LoggerFactory.getLogger(ServiceFallbackController.class);

    private static final Text UNAVAILABLE = Text.of("服务暂不可用", "Service unavailable");
    private static final Text UNAVAILABLE_DETAIL = Text.of("后台服务暂时无法访问，请稍后重试。",
            "A service behind the gateway cannot be reached right now; please retry later.");
    private static final Text TIMEOUT = Text.of("服务响应超时", "Service timed out");
    private static final Text TIMEOUT_DETAIL = Text.of("后台服务响应超时，请稍后重试。",
            "A service behind the gateway took too long to answer; please retry later.");

    private final ProblemResponses problems;

    ServiceFallbackController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping(PATH)
    Mono<Void> serviceUnavailable(ServerWebExchange exchange) {
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        log.warn("Route {} failed: {}", route == null ? "?" : route.getId(), failure == null ? "circuit open" : failure.toString());
        if (timedOut(failure)) {
            return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "service-timeout", TIMEOUT, TIMEOUT_DETAIL);
        }
        return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", UNAVAILABLE,
                UNAVAILABLE_DETAIL);
    }

    /** The circuit breaker's own time limit, or the HTTP client's response timeout (which it reports as 504). */
    private static boolean timedOut(Throwable failure) {
        return failure instanceof TimeoutException
                || failure instanceof ResponseStatusException status && status.getStatusCode().value() == 504;
    }
}
