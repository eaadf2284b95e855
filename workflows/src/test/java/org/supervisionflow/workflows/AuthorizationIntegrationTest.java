package org.supervisionflow.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.testsupport.AuthorizationMatrix;
import org.supervisionflow.testsupport.AuthorizationMatrix.Caller;
import org.supervisionflow.testsupport.AuthorizationMatrix.Endpoint;
import org.supervisionflow.testsupport.TestTokens;
import org.supervisionflow.workflows.lifecycle.ReportLifecycles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every endpoint of the engine's API × every role × the assignment's own and another department. The assignment is
 * real: 民政局's lifecycle, started and announced on Kafka so its timeline exists. A wrong role answers 403, another
 * department's assignment 404 like a missing one; only the office admin replaces a calendar year, and anyone
 * signed in reads one.
 */
@WorkflowsIntegrationTest
class AuthorizationIntegrationTest {

    /** 民政局's assignment, started by the first case (the Spring context exists only then). */
    private static UUID assignment;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ReportLifecycles lifecycles;

    private UUID assignment() {
        if (assignment == null) {
            UUID started = UUID.randomUUID();
            lifecycles.start(TestAssignments.issued(started, AuthorizationMatrix.OWN_DEPARTMENT));
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    call(HttpMethod.GET, "/api/workflow/assignments/" + started + "/timeline", null, TestTokens.auditor())
                            .getStatusCode().value() == 200);
            assignment = started;
        }
        return assignment;
    }

    /** Each endpoint with the status each {@link Caller} gets, in their order. */
    static List<Endpoint> endpoints() {
        String ofTheAssignment = "/api/workflow/assignments/{assignment}";
        String departmentsOwn = "200 200 200 200 200 404 404 403";
        return List.of(
                new Endpoint(HttpMethod.GET, ofTheAssignment + "/stage", null, departmentsOwn),
                new Endpoint(HttpMethod.GET, ofTheAssignment + "/history", null, departmentsOwn),
                new Endpoint(HttpMethod.GET, ofTheAssignment + "/diagram", null, departmentsOwn),
                new Endpoint(HttpMethod.GET, ofTheAssignment + "/timeline", null, departmentsOwn),
                // Public holidays are no secret: a token without our roles reads them too.
                new Endpoint(HttpMethod.GET, "/api/workflow/calendar/2026", null, "200 200 200 200 200 200 200 200"),
                // A year no other test uses, replaced by the same data each time the admin's case runs.
                new Endpoint(HttpMethod.PUT, "/api/workflow/calendar/2035", Map.of("provisional", true,
                        "source", "权限测试", "holidays", List.of(Map.of("date", "2035-01-01", "name", "元旦")),
                        "workdays", List.of()), "200 403 403 403 403 403 403 403"),
                new Endpoint(HttpMethod.GET, "/api/me", null, "200 200 200 200 200 200 200 200"));
    }

    static Stream<Arguments> calls() {
        return AuthorizationMatrix.calls(endpoints());
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("calls")
    void eachCallerGetsWhatTheirRoleAndDepartmentAllow(Endpoint endpoint, Caller caller, int status) {
        ResponseEntity<JsonNode> response = call(endpoint.method(), resolve(endpoint.path()), endpoint.body(),
                caller.token());

        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
        if (status >= 400) {
            AuthorizationMatrix.assertRefusal(response, response.getBody(), status);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anonymousCallersAreUnauthorized(Endpoint endpoint) {
        ResponseEntity<JsonNode> response = call(endpoint.method(), resolve(endpoint.path()), endpoint.body(), null);

        AuthorizationMatrix.assertRefusal(response, response.getBody(), 401);
    }

    @Test
    void apiDocsDescribeEveryEndpoint() {
        JsonNode docs = http.getForObject("/v3/api-docs", JsonNode.class);

        assertThat(docs.get("paths").fieldNames()).toIterable().containsExactlyInAnyOrder(
                "/api/workflow/assignments/{assignmentId}/stage", "/api/workflow/assignments/{assignmentId}/history",
                "/api/workflow/assignments/{assignmentId}/diagram", "/api/workflow/assignments/{assignmentId}/timeline",
                "/api/workflow/calendar/{year}", "/api/me");
    }

    private String resolve(String path) {
        return path.replace("{assignment}", assignment().toString());
    }

    private ResponseEntity<JsonNode> call(HttpMethod method, String path, Object body, String token) {
        return http.exchange(path, method, new HttpEntity<>(body, token == null ? null : TestTokens.headers(token)),
                JsonNode.class);
    }
}
