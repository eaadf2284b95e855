package org.supervisionflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.testsupport.AuthorizationMatrix;
import org.supervisionflow.testsupport.AuthorizationMatrix.Caller;
import org.supervisionflow.testsupport.AuthorizationMatrix.Endpoint;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every endpoint × every role × own and other person or department. The objects are real: a notification in 民政局's
 * submitter's inbox and the deliveries of 民政局's assignment. A wrong role answers 403; another person's notification
 * and another department's deliveries answer 404 like missing ones.
 */
class AuthorizationIntegrationTest extends IntegrationTestSupport {

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

    /** Each endpoint with the status each {@link Caller} gets, in their order; paths name the objects. */
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
        return AuthorizationMatrix.calls(endpoints());
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("calls")
    void eachCallerGetsWhatTheirRoleAndPersonAllow(Endpoint endpoint, Caller caller, int status) {
        ResponseEntity<JsonNode> response = api.call(endpoint.method(), objects().resolve(endpoint.path()),
                endpoint.body(), caller.token());

        JsonNode body = Api.body(response, status);
        if (status >= 400) {
            AuthorizationMatrix.assertRefusal(response, body, status);
        }
        if (endpoint.path().equals("/api/notifications") && caller != Caller.OWN_SUBMITTER && status == 200) {
            assertThat(body.get("items").findValues("id").stream().map(JsonNode::asText))
                    .doesNotContain(objects().notificationId());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anonymousCallersAreUnauthorized(Endpoint endpoint) {
        ResponseEntity<JsonNode> response = api.call(endpoint.method(), objects().resolve(endpoint.path()),
                endpoint.body(), null);

        AuthorizationMatrix.assertRefusal(response, Api.body(response, 401), 401);
    }

    static Stream<Arguments> streamCallers() {
        return Arrays.stream(Caller.values()).map(caller -> Arguments.of(caller, caller == Caller.NO_ROLE ? 403 : 200));
    }

    @ParameterizedTest(name = "GET /api/notifications/stream as {0} → {1}")
    @MethodSource("streamCallers")
    void theLiveStreamIsOpenToEveryRoleForTheirOwnNotifications(Caller caller, int status) {
        try (EventStream stream = EventStream.open(port, caller.token())) {
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
        // A notification's facts: a map of named texts (README, "Facts").
        JsonNode facts = docs.at("/components/schemas/Notification/properties/facts");
        assertThat(facts.get("type").asText()).isEqualTo("object");
        assertThat(facts.at("/additionalProperties/type").asText()).isEqualTo("string");
        assertThat(facts.get("description").asText()).contains("campaignTitle");
    }

    private record Objects(Events minzheng, String notificationId) {

        String resolve(String path) {
            return path.replace("{notification}", notificationId)
                    .replace("{assignment}", minzheng.assignmentId().toString());
        }
    }
}
