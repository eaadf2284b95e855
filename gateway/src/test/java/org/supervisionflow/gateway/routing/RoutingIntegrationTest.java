package org.supervisionflow.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A logged-in user's calls reach the right service with their access token, and nothing else gets through: the
 * services are real HTTP servers on this machine, the login is simulated (no Keycloak needed).
 */
@SpringBootTest(properties = "supervision.keycloak.issuer-uri=http://127.0.0.1:9/realms/supervision")
class RoutingIntegrationTest {

    private static final RecordingService ASSIGNMENT = new RecordingService("assignment-service");
    private static final RecordingService SUBMISSION = new RecordingService("submission-service");
    private static final RecordingService REVIEW = new RecordingService("review-service");
    private static final RecordingService NOTIFICATION = new RecordingService("notification-service");
    private static final String ACCESS_TOKEN = "access-token";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("ASSIGNMENT_SERVICE_URL", ASSIGNMENT::url);
        registry.add("SUBMISSION_SERVICE_URL", SUBMISSION::url);
        registry.add("REVIEW_SERVICE_URL", REVIEW::url);
        registry.add("NOTIFICATION_SERVICE_URL", NOTIFICATION::url);
        registry.add("WORKFLOWS_URL", RecordingService::deadUrl);
    }

    @AfterAll
    static void stopServices() {
        List.of(ASSIGNMENT, SUBMISSION, REVIEW, NOTIFICATION).forEach(RecordingService::close);
    }

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ReactiveClientRegistrationRepository clientRegistrations;

    private WebTestClient client;

    @BeforeEach
    void bindClient() {
        client = WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient().build();
    }

    @Test
    void relaysTheUsersAccessTokenButNotTheBrowsersCookies() {
        client.mutateWith(loggedIn())
                .get().uri("/api/me")
                .header(HttpHeaders.COOKIE, "SUPERVISION_SESSION=secret-session")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("assignment-service");

        RecordingService.Received received = ASSIGNMENT.last();
        assertThat(received.path()).isEqualTo("/api/me");
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + ACCESS_TOKEN);
        assertThat(received.header(HttpHeaders.COOKIE)).isNull();
    }

    @Test
    void servesTheWebAppWithTheCsrfCookieToALoggedInUser() {
        client.mutateWith(loggedIn())
                .get().uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectCookie().exists("XSRF-TOKEN")
                .expectBody(String.class).value(html -> assertThat(html).contains("督察通", "<div id=\"app\">"));
    }

    @Test
    void servesTheWebAppWithoutInlineScriptsSoTheContentSecurityPolicyAcceptsIt() {
        String html = client.mutateWith(loggedIn())
                .get().uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        List<String> scripts = Pattern.compile("<script[^>]*>").matcher(html).results().map(MatchResult::group).toList();
        assertThat(scripts).isNotEmpty()
                .allSatisfy(script -> assertThat(script).contains("type=\"module\"").containsPattern("src=\"/assets/[^\"]+\\.js\""));
        String entry = entryScript(html);
        client.mutateWith(loggedIn())
                .get().uri(entry)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.valueOf("text/javascript"));
    }

    @Test
    void answersEveryPagePathOfTheWebAppWithItsIndexSoDeepLinksAndReloadsWork() {
        String index = client.mutateWith(loggedIn()).get().uri("/").accept(MediaType.TEXT_HTML)
                .exchange().expectBody(String.class).returnResult().getResponseBody();

        for (String page : List.of("/tasks", "/reports/0b6a3c52-4d6e-4f37-9d53-0d7f3c3c1a11", "/campaigns/x/y", "/no-such-page")) {
            client.mutateWith(loggedIn())
                    .get().uri(page)
                    .accept(MediaType.TEXT_HTML, MediaType.ALL)
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectBody(String.class).isEqualTo(index);
        }
    }

    @Test
    void leavesApiCallsAndFilesAloneWhenTheyAskForHtml() {
        client.mutateWith(loggedIn())
                .get().uri("/api/reports/42")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("submission-service");

        client.mutateWith(loggedIn())
                .get().uri("/assets/no-such-file.js")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void doesNotAnswerAScriptsJsonRequestForAPagePathWithTheIndex() {
        client.mutateWith(loggedIn())
                .get().uri("/tasks")
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void sendsEachApiToItsService() {
        assertRoutedTo("/api/departments", "assignment-service");
        assertRoutedTo("/api/frameworks/7/items", "assignment-service");
        assertRoutedTo("/api/campaigns/2026-annual", "assignment-service");
        assertRoutedTo("/api/assignments/42", "assignment-service");
        assertRoutedTo("/api/reports/42/extension-requests", "submission-service");
        assertRoutedTo("/api/reports/42/versions", "submission-service");
        assertRoutedTo("/api/reviews/42", "review-service");
        assertRoutedTo("/api/findings/42", "review-service");
        assertRoutedTo("/api/notifications", "notification-service");
        assertRoutedTo("/api/notifications/unread-count", "notification-service");
        assertRoutedTo("/api/extension-requests/42/approve", "assignment-service");
        assertRoutedTo("/api/statistics/progress/campaigns/7", "assignment-service");
        assertRoutedTo("/api/scoring-rules", "review-service");
        assertRoutedTo("/api/statistics/reviews/campaigns/7", "review-service");
        assertThat(SUBMISSION.last().path()).isEqualTo("/api/reports/42/versions");
    }

    @Test
    void keepsCamundasRestApiAndWebAppsOutOfReach() {
        int before = ASSIGNMENT.received().size() + SUBMISSION.received().size() + REVIEW.received().size()
                + NOTIFICATION.received().size();
        for (String path : List.of("/engine-rest/engine", "/engine-rest/process-definition", "/camunda/app/cockpit/")) {
            client.mutateWith(loggedIn())
                    .get().uri(path)
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.code").isEqualTo("not-found");
        }
        int after = ASSIGNMENT.received().size() + SUBMISSION.received().size() + REVIEW.received().size()
                + NOTIFICATION.received().size();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void answersABilingualProblemWhenTheServiceIsDown() {
        client.mutateWith(loggedIn())
                .get().uri("/api/workflow/history/42")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("service-unavailable")
                .jsonPath("$.title").isEqualTo("服务暂不可用")
                .jsonPath("$.i18n.title.en").isEqualTo("Service unavailable");
    }

    @Test
    void refusesALoggedInUsersPostWithoutTheCsrfToken() {
        int before = SUBMISSION.received().size();

        client.mutateWith(loggedIn())
                .post().uri("/api/reports/42/submit")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("csrf-token-invalid");

        assertThat(SUBMISSION.received()).hasSize(before);
    }

    @Test
    void letsAnAnonymousVisitorReadThePublishedAnnualReportsWithoutASession() {
        for (String path : List.of("/api/public/annual-reports", "/api/public/annual-reports/0b6a3c52-4d6e-4f37-9d53-0d7f3c3c1a11")) {
            EntityExchangeResult<byte[]> answer = client.get().uri(path)
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().doesNotExist(HttpHeaders.LOCATION)
                    .expectBody().jsonPath("$.service").isEqualTo("submission-service")
                    .returnResult();

            assertThat(answer.getResponseCookies()).doesNotContainKey("SUPERVISION_SESSION");
            RecordingService.Received received = SUBMISSION.last();
            assertThat(received.method()).isEqualTo("GET");
            assertThat(received.path()).isEqualTo(path);
            assertThat(received.header(HttpHeaders.AUTHORIZATION)).isNull();
        }
    }

    @Test
    void stillRelaysALoggedInUsersTokenToThePublicApi() {
        client.mutateWith(loggedIn())
                .get().uri("/api/public/annual-reports")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("submission-service");

        assertThat(SUBMISSION.last().path()).isEqualTo("/api/public/annual-reports");
        assertThat(SUBMISSION.last().header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + ACCESS_TOKEN);
    }

    @Test
    void refusesAnAnonymousWriteToThePublicApi() {
        int before = SUBMISSION.received().size();

        // Even with a valid CSRF token: only reading is public.
        client.mutateWith(csrf())
                .post().uri("/api/public/annual-reports")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.LOCATION)
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized");
        client.delete().uri("/api/public/annual-reports/42")
                .exchange()
                .expectStatus().isForbidden();

        assertThat(SUBMISSION.received()).hasSize(before);
    }

    @Test
    void keepsEveryOtherApiBehindTheLoginForAnAnonymousVisitor() {
        int before = SUBMISSION.received().size();

        for (String path : List.of("/api/reports", "/api/reports/42/publication", "/api/publications", "/api/me")) {
            client.get().uri(path)
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.code").isEqualTo("unauthorized");
        }

        assertThat(SUBMISSION.received()).hasSize(before);
    }

    @Test
    void servesThePublicPagesAndTheirScriptsToAnAnonymousVisitor() {
        String index = client.mutateWith(loggedIn()).get().uri("/").accept(MediaType.TEXT_HTML)
                .exchange().expectBody(String.class).returnResult().getResponseBody();

        for (String page : List.of("/public/annual-reports", "/public/annual-reports/0b6a3c52-4d6e-4f37-9d53-0d7f3c3c1a11")) {
            client.get().uri(page)
                    .accept(MediaType.TEXT_HTML)
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectBody(String.class).isEqualTo(index);
        }
        String entry = entryScript(index);
        client.get().uri(entry)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.valueOf("text/javascript"));
    }

    @Test
    void sendsAnAnonymousVisitorOfAnyOtherPageToTheLogin() {
        for (String page : List.of("/tasks", "/", "/publication", "/reports/42")) {
            client.get().uri(page)
                    .accept(MediaType.TEXT_HTML)
                    .exchange()
                    .expectStatus().isFound()
                    .expectHeader().location("/oauth2/authorization/keycloak");
        }
    }

    private static String entryScript(String html) {
        return Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(html).results().findFirst().orElseThrow().group(1);
    }

    private void assertRoutedTo(String path, String service) {
        client.mutateWith(loggedIn())
                .get().uri(path)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo(service);
    }

    private OidcLoginMutator loggedIn() {
        ClientRegistration keycloak = clientRegistrations.findByRegistrationId("keycloak").block();
        return mockOidcLogin()
                .clientRegistration(keycloak)
                .idToken(token -> token.claim("preferred_username", "sifa-submitter").claim("department", "sifa"));
    }
}
