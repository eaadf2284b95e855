package org.supervisionflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervisionflow.review.Api.expect;
import static org.supervisionflow.review.Fixtures.finding;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.testsupport.AuthorizationMatrix;
import org.supervisionflow.testsupport.AuthorizationMatrix.Caller;
import org.supervisionflow.testsupport.AuthorizationMatrix.Endpoint;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every endpoint × every role × the object's own and another department. The objects are real: a decided review of
 * 民政局 with a finding, and an undecided one. A wrong role answers 403; another department's object (or an undecided
 * review, for a department) answers 404 exactly like a missing one; permitted writes on the decided review reach the
 * review's own rules (409).
 */
@ReviewServiceTest
class AuthorizationIntegrationTest {

    private static KafkaTestClient kafka;
    /** The objects every case calls, made once by the first case (the Spring context exists only then). */
    private static Objects objects;

    private final Api api;

    AuthorizationIntegrationTest(@Autowired TestRestTemplate http) {
        this.api = new Api(http);
    }

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    private Objects objects() {
        if (objects == null) {
            Fixtures fixtures = new Fixtures(api, kafka);
            Fixtures.Opened decided = fixtures.claimedReview("minzheng");
            fixtures.score(decided, "5", "4");
            String findingId = fixtures.acceptWithFindings(decided,
                    List.of(finding(decided, 0, "GENERAL", "执法公示不及时"))).at("/findings/0/id").asText();
            objects = new Objects(decided, fixtures.openedReview("minzheng"), findingId);
            expect(api.put(objects.resolve("/api/scoring-rules/{campaign}"), Map.of("rules", List.of()),
                    TestTokens.officeAdmin()), 200);
        }
        return objects;
    }

    /** Each endpoint with the status each {@link Caller} gets, in their order; paths name the objects. */
    static List<Endpoint> endpoints() {
        String review = "/api/reviews/{decided}";
        String finding = "/api/findings/{finding}";
        String rules = "/api/scoring-rules/{campaign}";
        String statistics = "/api/statistics/reviews/campaigns/{campaign}";
        return List.of(
                new Endpoint(HttpMethod.GET, "/api/reviews?filter=all", null, "200 200 200 403 403 403 403 403"),
                new Endpoint(HttpMethod.GET, review, null, "200 200 200 200 200 404 404 403"),
                new Endpoint(HttpMethod.GET, "/api/reviews/{undecided}", null, "200 200 200 404 404 404 404 403"),
                new Endpoint(HttpMethod.POST, review + "/claim", null, "403 409 403 403 403 403 403 403"),
                new Endpoint(HttpMethod.POST, review + "/release", null, "409 409 403 403 403 403 403 403"),
                new Endpoint(HttpMethod.PUT, review + "/scores/{indicator}", Map.of("score", "1"),
                        "403 409 403 403 403 403 403 403"),
                new Endpoint(HttpMethod.POST, review + "/decision", Map.of("decision", "ACCEPT"),
                        "403 409 403 403 403 403 403 403"),
                new Endpoint(HttpMethod.PUT, review + "/inputs/{indicator}", Map.of("occurrences", 1),
                        "403 409 403 403 403 403 403 403"),
                new Endpoint(HttpMethod.GET, review + "/scoring", null, "200 200 200 200 200 404 404 403"),
                new Endpoint(HttpMethod.GET, "/api/reviews/{undecided}/scoring", null, "200 200 200 404 404 404 404 403"),
                new Endpoint(HttpMethod.GET, rules, null, "200 200 200 403 403 403 403 403"),
                new Endpoint(HttpMethod.GET, rules + "/versions", null, "200 200 200 403 403 403 403 403"),
                new Endpoint(HttpMethod.GET, rules + "/versions/1", null, "200 200 200 403 403 403 403 403"),
                new Endpoint(HttpMethod.PUT, rules, Map.of("rules", List.of()), "200 403 403 403 403 403 403 403"),
                new Endpoint(HttpMethod.GET, "/api/findings?assignmentId={assignment}", null,
                        "200 200 200 200 200 200 200 403"),
                new Endpoint(HttpMethod.GET, finding, null, "200 200 200 200 200 404 404 403"),
                new Endpoint(HttpMethod.GET, finding + "/verifications", null, "200 200 200 200 200 404 404 403"),
                new Endpoint(HttpMethod.POST, finding + "/verify", Map.of("outcome", "CLOSED"),
                        "403 409 403 403 403 403 403 403"),
                new Endpoint(HttpMethod.GET, review + "/opinion", null, "200 200 200 200 200 404 404 403"),
                new Endpoint(HttpMethod.GET, "/api/reviews/{undecided}/opinion", null, "409 409 409 404 404 404 404 403"),
                new Endpoint(HttpMethod.GET, finding + "/notice", null, "200 200 200 200 200 404 404 403"),
                new Endpoint(HttpMethod.GET, "/api/statistics/reviews/campaigns", null, "200 200 200 403 403 403 403 403"),
                new Endpoint(HttpMethod.GET, statistics, null, "200 200 200 403 403 403 403 403"),
                new Endpoint(HttpMethod.GET, statistics + "/rectification-ledger", null,
                        "200 200 200 403 403 403 403 403"),
                new Endpoint(HttpMethod.GET, "/api/statistics/reviews/departments/minzheng", null,
                        "200 200 200 200 200 404 404 403"),
                new Endpoint(HttpMethod.GET, "/api/me", null, "200 200 200 200 200 200 200 200"));
    }

    static Stream<Arguments> calls() {
        return AuthorizationMatrix.calls(endpoints());
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("calls")
    void eachCallerGetsWhatTheirRoleAndDepartmentAllow(Endpoint endpoint, Caller caller, int status) {
        ResponseEntity<JsonNode> response = call(endpoint, caller.token());

        JsonNode body = expect(response, status);
        if (status >= 400) {
            AuthorizationMatrix.assertRefusal(response, body, status);
        }
        if (endpoint.path().startsWith("/api/findings?") && caller.other()) {
            assertThat(body).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anonymousCallersAreUnauthorized(Endpoint endpoint) {
        ResponseEntity<JsonNode> response = call(endpoint, null);

        AuthorizationMatrix.assertRefusal(response, expect(response, 401), 401);
    }

    /** A workbook or a PDF is downloaded as bytes, anything else is JSON. */
    private ResponseEntity<JsonNode> call(Endpoint endpoint, String token) {
        String path = objects().resolve(endpoint.path());
        boolean file = path.endsWith("-ledger") || path.endsWith("/opinion") || path.endsWith("/notice");
        return file ? api.download(path, token) : api.call(endpoint.method(), path, endpoint.body(), token, null);
    }

    @Test
    void apiDocsDescribeEveryEndpoint() {
        JsonNode docs = expect(api.get("/v3/api-docs", null), 200);

        assertThat(docs.get("paths").fieldNames()).toIterable().contains("/api/reviews", "/api/reviews/{id}",
                "/api/reviews/{id}/claim", "/api/reviews/{id}/release", "/api/reviews/{id}/scores/{indicatorId}",
                "/api/reviews/{id}/decision", "/api/findings", "/api/findings/{id}", "/api/findings/{id}/verify",
                "/api/findings/{id}/verifications", "/api/reviews/{id}/inputs/{indicatorId}", "/api/reviews/{id}/scoring",
                "/api/scoring-rules/{campaignId}", "/api/scoring-rules/{campaignId}/versions",
                "/api/scoring-rules/{campaignId}/versions/{version}", "/api/statistics/reviews/campaigns",
                "/api/statistics/reviews/campaigns/{campaignId}",
                "/api/statistics/reviews/campaigns/{campaignId}/rectification-ledger",
                "/api/statistics/reviews/departments/{departmentCode}", "/api/reviews/{id}/opinion",
                "/api/findings/{id}/notice", "/api/me");
    }

    private record Objects(Fixtures.Opened decided, Fixtures.Opened undecided, String findingId) {

        String resolve(String path) {
            return path.replace("{decided}", decided.reviewId().toString())
                    .replace("{undecided}", undecided.reviewId().toString())
                    .replace("{indicator}", decided.indicator(0).toString())
                    .replace("{finding}", findingId)
                    .replace("{assignment}", decided.issued().assignmentId().toString())
                    .replace("{campaign}", decided.issued().scope().campaignId().toString());
        }
    }
}
