package org.supervisionflow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a browser or a script sees of the gateway without logging in, over real HTTP. Keycloak is not running (the
 * issuer points at a closed port): the gateway must start and send people there all the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "supervision.keycloak.issuer-uri=http://127.0.0.1:9/realms/supervision")
class SecurityIntegrationTest {

    private static final String ISSUER = "http://127.0.0.1:9/realms/supervision";

    @LocalServerPort
    private int port;

    @Autowired
    private WebTestClient client;

    @Test
    void answersAnApiCallWithoutLoginWith401ProblemInChinese() {
        client.get().uri("/api/me")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.LOCATION)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.code").isEqualTo("unauthorized")
                .jsonPath("$.title").isEqualTo("请先登录")
                .jsonPath("$.i18n.title.zh-CN").isEqualTo("请先登录")
                .jsonPath("$.i18n.title.en").isEqualTo("Please log in first")
                .jsonPath("$.i18n.detail.en").exists();
    }

    @Test
    void answersInEnglishWhenTheCallerAsksForEnglish() {
        client.get().uri("/api/reports/42")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Please log in first")
                .jsonPath("$.i18n.title.zh-CN").isEqualTo("请先登录");
    }

    @Test
    void answersAScriptsBearerCallWith503ProblemWhileKeycloaksKeysCannotBeFetched() {
        String token;
        try (StandInKeycloak elsewhere = new StandInKeycloak()) {
            token = elsewhere.accessTokenIssuedBy(ISSUER, "admin", "office-admin", null);
        }

        client.get().uri("/api/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("service-unavailable")
                .jsonPath("$.title").isEqualTo("认证服务暂不可用")
                .jsonPath("$.i18n.title.en").isEqualTo("Login service unavailable");
    }

    @Test
    void sendsABrowserWithoutLoginToKeycloakWithPkce() {
        EntityExchangeResult<byte[]> page = client.get().uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isFound()
                .expectBody().returnResult();
        URI login = page.getResponseHeaders().getLocation();
        assertThat(login).isNotNull();
        assertThat(login.getPath()).isEqualTo("/oauth2/authorization/keycloak");

        ResponseCookie session = page.getResponseCookies().getFirst("SUPERVISION_SESSION");
        assertThat(session).as("the session that remembers the page asked for").isNotNull();
        URI keycloak = client.get().uri(login.getPath())
                .cookie(session.getName(), session.getValue())
                .exchange()
                .expectStatus().isFound()
                .expectBody().returnResult()
                .getResponseHeaders().getLocation();

        assertThat(keycloak).isNotNull();
        assertThat(keycloak.toString()).startsWith(ISSUER + "/protocol/openid-connect/auth?");
        UriComponents authorization = UriComponentsBuilder.fromUri(keycloak).build();
        assertThat(authorization.getQueryParams().getFirst("response_type")).isEqualTo("code");
        assertThat(authorization.getQueryParams().getFirst("client_id")).isEqualTo("supervision-gateway");
        assertThat(authorization.getQueryParams().getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(authorization.getQueryParams().getFirst("code_challenge")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(authorization.getQueryParams().getFirst("scope")).contains("openid");
        assertThat(decoded(authorization.getQueryParams().getFirst("redirect_uri")))
                .isEqualTo("http://localhost:" + port + "/login/oauth2/code/keycloak");
    }

    @Test
    void keepsHealthPublic() {
        client.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void writesACsrfCookieTheWebAppCanRead() {
        ResponseCookie csrf = client.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class)
                .getResponseCookies().getFirst("XSRF-TOKEN");

        assertThat(csrf).isNotNull();
        assertThat(csrf.getValue()).isNotBlank();
        assertThat(csrf.isHttpOnly()).isFalse();
        assertThat(csrf.getSameSite()).isEqualTo("Lax");
    }

    @Test
    void refusesAPostWithoutTheCsrfToken() {
        client.post().uri("/logout")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("csrf-token-invalid")
                .jsonPath("$.i18n.title.en").isEqualTo("Request refused");
    }

    @Test
    void acceptsAPostThatEchoesTheCsrfCookieInTheHeader() {
        ResponseCookie csrf = client.get().uri("/actuator/health")
                .exchange()
                .returnResult(String.class)
                .getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(csrf).isNotNull();

        HttpStatus status = HttpStatus.valueOf(client.post().uri("/logout")
                .cookie("XSRF-TOKEN", csrf.getValue())
                .header("X-XSRF-TOKEN", csrf.getValue())
                .exchange()
                .returnResult(String.class)
                .getStatus().value());

        assertThat(status).isEqualTo(HttpStatus.FOUND);
    }

    @Test
    void sendsSecureHeadersFitForTheWebApp() {
        HttpHeaders headers = client.get().uri("/actuator/health")
                .exchange()
                .returnResult(String.class)
                .getResponseHeaders();

        String policy = headers.getFirst("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'", "form-action 'self' http://127.0.0.1:9");
        assertThat(policy).doesNotContain("'unsafe-eval'");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    private static String decoded(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
