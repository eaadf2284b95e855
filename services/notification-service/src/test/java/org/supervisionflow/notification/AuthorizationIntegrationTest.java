package org.supervisionflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every endpoint × every role × own and other person or department. The objects are real: a notification in 民政局's
 * submitter's inbox and the deliveries of 民政局's assignment. A wrong role answers 403; another person's notification
 * and another department's deliveries answer 404 like missing ones.
 */
class AuthorizationIntegrationTest extends IntegrationTestSupport {

    /** The callers, in the order of the expected statuses below; the objects belong to minzheng's submitter. */
    private static final List<String> CALLERS = List.of("office-admin", "auditor", "viewer", "own-submitter",
            "own-leader", "other-submitter", "other-leader", "no-role");
    private static final Map<String, String> TOKENS = Map.of(
            "office-admin", TestTokens.officeAdmin(),
            "auditor", TestTokens.auditor(),
            "viewer", TestTokens.viewer(),
            "own-submitter", TestTokens.submitter("minzheng"),
            "own-leader", TestTokens.leader("minzheng"),
            "other-submitter", TestTokens.submitter("sifa"),
            "other-leader", TestTokens.leader("sifa"),
            "no-role", TestTokens.token("outsider", "无角色用户", List.of(), "minzheng"));

    /** The objects every case calls, made once by the first case (the Spring context exists only then). */
    private static Objects objects;

    @LocalServerPort
    private int port;

    private Objects objects() {
        if (objects == null) {
            Events minzheng = Events.of("minzheng");
            kafka.send(minzheng.issued());
            String notification = inboxes.awaitMentioning(TestTokens.submitter("minzheng"), minzheng.campaignTitle(), 1)
                    .getFirst().get("id").asText();
            objects = new Objects(minzheng, notification);
        }
        return objects;
    }

    /** Each endpoint with the status each caller of {@link #CALLERS} gets, in that order; paths name the objects. */
    static List<Endpoint> endpoints() {
        Map<String, Object> preferences = Map.of("preferences",
                List.of(Map.of("kind", "DEADLINE_REMINDER", "channels", List.of("IN_APP"))));
        return List.of(
                new Endpoint(HttpMethod.GET, "/api/notifications", null, "200 200 200 200 200 200 200 403"),
                new Endpoint(HttpMethod.GET, "/api/notifications/unread-count", null, "200 200 200 200 200 200 200 403"),
                new Endpoint(HttpMethod.POST, "/api/notifications/{notification}/read", null,
                        "404 404 404 200 404 404 404 403"),
                new Endpoint(HttpMethod.POST, "/api/notifications/read-all", null, "200 200 200 200 200 200 200 403"),
                new Endpoint(HttpMethod.GET, "/api/notifications/preferences", null, "200 200 200 200 200 200 200 403"),
                new Endpoint(HttpMethod.PUT, "/api/notifications/preferences", preferences,
                        "200 200 200 200 200 200 200 403"),
                new Endpoint(HttpMethod.GET, "/api/notifications/deliveries?assignmentId={assignment}", null,
                        "200 200 200 200 200 404 404 403"),
                new Endpoint(HttpMethod.GET, "/api/me", null, "200 200 200 200 200 200 200 200"));
    }

    static Stream<Arguments> calls() {
        List<Arguments> calls = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            String[] statuses = endpoint.statuses().split(" ");
            for (int i = 0; i < CALLERS.size(); i++) {
                calls.add(Arguments.of(endpoint, CALLERS.get(i), Integer.parseInt(statuses[i])));
            }
        }
        return calls.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("calls")
    void eachCallerGetsWhatTheirRoleAndPersonAllow(Endpoint endpoint, String caller, int status) {
        ResponseEntity<JsonNode> response = api.call(endpoint.method(), objects().resolve(endpoint.path()),
                endpoint.body(), TOKENS.get(caller));

        JsonNode body = Api.body(response, status);
        if (status >= 400) {
            assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(body.get("code").asText()).isEqualTo(status == 403 ? "forbidden" : "not-found");
        }
        if (endpoint.path().equals("/api/notifications") && !caller.equals("own-submitter") && status == 200) {
            assertThat(body.get("items").findValues("id").stream().map(JsonNode::asText))
                    .doesNotContain(objects().notificationId());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anonymousCallersAreUnauthorized(Endpoint endpoint) {
        ResponseEntity<JsonNode> response = api.call(endpoint.method(), objects().resolve(endpoint.path()),
                endpoint.body(), null);

        assertThat(Api.body(response, 401).get("code").asText()).isEqualTo("unauthorized");
    }

    static Stream<Arguments> streamCallers() {
        return CALLERS.stream().map(caller -> Arguments.of(caller, caller.equals("no-role") ? 403 : 200));
    }

    @ParameterizedTest(name = "GET /api/notifications/stream as {0} → {1}")
    @MethodSource("streamCallers")
    void theLiveStreamIsOpenToEveryRoleForTheirOwnNotifications(String caller, int status) {
        try (EventStream stream = EventStream.open(port, TOKENS.get(caller))) {
            assertThat(stream.status()).isEqualTo(status);
        }
    }

    @Test
    void theLiveStreamTurnsAwayAnonymousCallers() {
        try (EventStream stream = EventStream.open(port, null)) {
            assertThat(stream.status()).isEqualTo(401);
        }
    }

    @Test
    void apiDocsDescribeEveryEndpoint() {
        JsonNode docs = api.get("/v3/api-docs", null);

        assertThat(docs.get("paths").fieldNames()).toIterable().contains("/api/notifications",
                "/api/notifications/unread-count", "/api/notifications/{id}/read", "/api/notifications/read-all",
                "/api/notifications/preferences", "/api/notifications/deliveries", "/api/notifications/stream",
                "/api/me");
    }

    record Endpoint(HttpMethod method, String path, Object body, String statuses) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private record Objects(Events minzheng, String notificationId) {

        String resolve(String path) {
            return path.replace("{notification}", notificationId)
                    .replace("{assignment}", minzheng.assignmentId().toString());
        }
    }
}
