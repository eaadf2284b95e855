package org.supervisionflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** Calls the service over HTTP as the gateway would: a bearer token (or none) and optionally a language. */
public record Api(TestRestTemplate http) {

    public static JsonNode expect(ResponseEntity<JsonNode> response, int status) {
        assertThat(response.getStatusCode().value()).as("status of a response with body %s", response.getBody())
                .isEqualTo(status);
        return response.getBody();
    }

    public ResponseEntity<JsonNode> get(String path, String token) {
        return call(HttpMethod.GET, path, null, token, null);
    }

    public ResponseEntity<JsonNode> post(String path, Object body, String token) {
        return call(HttpMethod.POST, path, body, token, null);
    }

    public ResponseEntity<JsonNode> put(String path, Object body, String token) {
        return call(HttpMethod.PUT, path, body, token, null);
    }

    public ResponseEntity<JsonNode> call(HttpMethod method, String path, Object body, String token, String language) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
