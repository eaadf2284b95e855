package org.supervisionflow.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.OidcLoginMutator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.supervisionflow.gateway.security.StandInKeycloak;

/**
 * Scripts, the CLI and the whole-stack tests call the services through the gateway with a Keycloak access token of
 * their own, over real HTTP. The realm's keys come from a stand-in Keycloak at the issuer's JWKS address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BearerTokenIntegrationTest {

    private static final StandInKeycloak KEYCLOAK = new StandInKeycloak();
    private static final RecordingService ASSIGNMENT = new RecordingService("assignment-service");
    private static final RecordingService SUBMISSION = new RecordingService("submission-service");

    @DynamicPropertySource
    static void keycloakAndServices(DynamicPropertyRegistry registry) {
        registry.add("supervision.keycloak.issuer-uri", KEYCLOAK::issuer);
        registry.add("ASSIGNMENT_SERVICE_URL", ASSIGNMENT::url);
        registry.add("SUBMISSION_SERVICE_URL", SUBMISSION::url);
        registry.add("REVIEW_SERVICE_URL", RecordingService::deadUrl);
        registry.add("NOTIFICATION_SERVICE_URL", RecordingService::deadUrl);
        registry.add("WORKFLOWS_URL", RecordingService::deadUrl);
    }

    @AfterAll
    static void stop() {
        List.of(ASSIGNMENT, SUBMISSION).forEach(RecordingService::close);
        KEYCLOAK.close();
    }

    @Autowired
    private WebTestClient http;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ReactiveClientRegistrationRepository clientRegistrations;

    @Test
    void forwardsAScriptsCallWithItsOwnAuthorizationHeaderAndSetsNoCookie() {
        String bearer = "Bearer " + KEYCLOAK.accessToken("sifa-submitter", "dept-submitter", "sifa");

        http.get().uri("/api/me")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody().jsonPath("$.service").isEqualTo("assignment-service");

        RecordingService.Received received = ASSIGNMENT.last();
        assertThat(received.path()).isEqualTo("/api/me");
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer);
        assertThat(KEYCLOAK.keyFetches()).as("the realm's keys, fetched when first needed").isPositive();
    }

    @Test
    void acceptsAScriptsPostWithoutCsrfToken() {
        String bearer = "Bearer " + KEYCLOAK.accessToken("sifa-submitter", "dept-submitter", "sifa");

        http.post().uri("/api/reports/42/submit")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("submission-service");

        RecordingService.Received received = SUBMISSION.last();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo("/api/reports/42/submit");
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer);
    }

    @Test
    void answersATamperedTokenWith401ProblemAndForwardsNothing() {
        String token = KEYCLOAK.accessToken("sifa-submitter", "dept-submitter", "sifa");
        int before = receivedByServices();

        http.post().uri("/api/reports/42/submit")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + withClaimReplaced(token, "sifa", "minzheng"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.LOCATION)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.code").isEqualTo("unauthorized")
                .jsonPath("$.title").isEqualTo("访问令牌无效")
                .jsonPath("$.i18n.title.en").isEqualTo("Invalid access token")
                .jsonPath("$.i18n.detail.zh-CN").exists();

        assertThat(receivedByServices()).isEqualTo(before);
    }

    @Test
    void refusesExpiredForeignAndForgedTokensInTheCallersLanguage() {
        List<String> refused = List.of(
                KEYCLOAK.expiredAccessToken("sifa-submitter", "dept-submitter", "sifa"),
                KEYCLOAK.accessTokenIssuedBy("http://127.0.0.1:9/realms/supervision", "admin", "office-admin", null),
                KEYCLOAK.accessTokenSignedByAStranger("admin", "office-admin", null),
                "not-a-jwt");
        int before = receivedByServices();

        for (String token : refused) {
            http.get().uri("/api/assignments")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("unauthorized")
                    .jsonPath("$.title").isEqualTo("Invalid access token");
        }

        assertThat(receivedByServices()).isEqualTo(before);
    }

    @Test
    void answersAMalformedBearerHeaderWith401Problem() {
        http.get().uri("/api/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer ")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized");
    }

    @Test
    void stillSendsABrowserToTheLoginForPagesEvenWithABearerToken() {
        http.get().uri("/")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + KEYCLOAK.accessToken("admin", "office-admin", null))
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isFound()
                .expectHeader().location("/oauth2/authorization/keycloak");
    }

    @Test
    void stillRefusesASessionsPostWithoutTheCsrfToken() {
        int before = receivedByServices();

        sessionClient().mutateWith(loggedIn())
                .post().uri("/api/reports/42/submit")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("csrf-token-invalid");

        assertThat(receivedByServices()).isEqualTo(before);
    }

    @Test
    void aForgedBearerHeaderDoesNotLetALoggedInBrowserSkipCsrf() {
        int before = receivedByServices();

        sessionClient().mutateWith(loggedIn())
                .post().uri("/api/reports/42/submit")
                .header(HttpHeaders.AUTHORIZATION, "Bearer forged")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized");

        assertThat(receivedByServices()).isEqualTo(before);
    }

    @Test
    void stillRelaysTheSessionsTokenWhenNoBearerHeaderIsSent() {
        sessionClient().mutateWith(loggedIn())
                .get().uri("/api/me")
                .exchange()
                .expectStatus().isOk();

        // mockOidcLogin's session holds the access token "access-token".
        assertThat(ASSIGNMENT.last().header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer access-token");
    }

    private WebTestClient sessionClient() {
        return WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient().build();
    }

    private OidcLoginMutator loggedIn() {
        ClientRegistration keycloak = clientRegistrations.findByRegistrationId("keycloak").block();
        return mockOidcLogin()
                .clientRegistration(keycloak)
                .idToken(token -> token.claim("preferred_username", "sifa-submitter").claim("department", "sifa"));
    }

    private static int receivedByServices() {
        return ASSIGNMENT.received().size() + SUBMISSION.received().size();
    }

    /** The token with one claim value changed and the original signature kept, as a tamperer would send it. */
    private static String withClaimReplaced(String token, String value, String replacement) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"" + value + "\"", "\"" + replacement + "\"");
        assertThat(payload).contains(replacement);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + encoded + "." + parts[2];
    }
}
