package org.supervisionflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/** Calls the service as the gateway would, with the caller's bearer token (none for an anonymous call). */
record Api(TestRestTemplate http) {

    /** The body of a response that must have the status. */
    static JsonNode body(ResponseEntity<JsonNode> response, int status) {
        assertThat(response.getStatusCode().value()).as("status; body %s", response.getBody()).isEqualTo(status);
        return response.getBody();
    }

    ResponseEntity<JsonNode> call(HttpMethod method, String path, Object body, String token) {
        HttpEntity<Object> request = new HttpEntity<>(body, token == null ? null : TestTokens.headers(token));
        return http.exchange(path, method, request, JsonNode.class);
    }

    JsonNode get(String path, String token) {
        return body(call(HttpMethod.GET, path, null, token), 200);
    }
}
