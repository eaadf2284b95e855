package org.supervisionflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What every service must do, as tests a service's integration test inherits: it is healthy on its own
 * database, publishes its OpenAPI document, answers anonymous API calls with a 401 problem, and knows the
 * caller from a Keycloak token. Extend it from a {@code @EmbeddedInfrastructure @SpringBootTest(webEnvironment = RANDOM_PORT)} class.
 */
public abstract class ServiceBasicsContract {

    @Autowired
    protected TestRestTemplate http;

    @Test
    void isHealthyWithItsDatabaseAndBroker() {
        ResponseEntity<JsonNode> health = http.getForEntity("/actuator/health", JsonNode.class);
        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(health.getBody().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void publishesItsOpenApiDocumentation() {
        ResponseEntity<JsonNode> docs = http.getForEntity("/v3/api-docs", JsonNode.class);
        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        assertThat(docs.getBody().get("paths").has("/api/me")).isTrue();
    }

    @Test
    void answersAnonymousCallsWithUnauthorizedProblem() {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/me", JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getBody().get("code").asText()).isEqualTo("unauthorized");
    }

    @Test
    void knowsTheCallersDepartmentFromTheToken() {
        ResponseEntity<JsonNode> me = http.exchange("/api/me", HttpMethod.GET,
                new HttpEntity<>(TestTokens.headers(TestTokens.leader("sifa"))), JsonNode.class);
        assertThat(me.getStatusCode().value()).isEqualTo(200);
        assertThat(me.getBody().get("department").asText()).isEqualTo("sifa");
        assertThat(me.getBody().get("roles").toString()).contains("dept-leader");
    }

    @Test
    void rejectsATokenWithABadSignature() {
        String token = TestTokens.officeAdmin();
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        ResponseEntity<JsonNode> response = http.exchange("/api/me", HttpMethod.GET,
                new HttpEntity<>(TestTokens.headers(tampered)), JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(401);
    }
}
