package org.supervisionflow.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.mock.web.server.MockWebSession;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.server.ResponseStatusException;

class ProblemErrorHandlerTest {

    private final ProblemErrorHandler handler =
            new ProblemErrorHandler(new ProblemResponses(Jackson2ObjectMapperBuilder.json().build()));

    @Test
    void endsTheSessionAndAnswers401WhenKeycloakNoLongerRefreshesTheToken() {
        MockWebSession session = new MockWebSession();
        session.getAttributes().put("SPRING_SECURITY_CONTEXT", "logged in");
        session.start();
        MockServerWebExchange exchange = MockServerWebExchange.builder(MockServerHttpRequest.get("/api/me")).session(session)
                .build();

        handler.handle(exchange, new ClientAuthorizationException(new OAuth2Error("invalid_grant"), "keycloak")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"code\":\"unauthorized\"", "请先登录");
        assertThat(session.getAttributes()).isEmpty();
    }

    @Test
    void answersAnUnknownPathWithABilingualNotFoundProblem() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/engine-rest/engine").header(HttpHeaders.ACCEPT_LANGUAGE, "en"));

        handler.handle(exchange, new ResponseStatusException(HttpStatus.NOT_FOUND)).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"code\":\"not-found\"", "\"title\":\"Not found\"", "未找到");
    }

    @Test
    void revealsNothingInternalAboutAnUnexpectedFailure() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/reports"));

        handler.handle(exchange, new IllegalStateException("connection pool of db-7 exhausted")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"code\":\"internal-error\"", "服务器内部错误")
                .doesNotContain("db-7");
    }
}
