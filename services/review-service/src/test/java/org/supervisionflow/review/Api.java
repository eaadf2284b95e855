package org.supervisionflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls the service over HTTP as the gateway would: a bearer token (or none) and optionally a language. */
public record Api(TestRestTemplate http) {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        return http.exchange(path, method, new HttpEntity<>(body, headers(body, token, language)), JsonNode.class);
    }

    /**
     * A call whose success is a file (a workbook): the body is kept as bytes, and read as JSON only when it is a
     * problem, so that callers check files and problems alike.
     */
    public ResponseEntity<JsonNode> download(String path, String token) {
        ResponseEntity<byte[]> response = http.exchange(path, HttpMethod.GET,
                new HttpEntity<>(headers(null, token, null)), byte[].class);
        MediaType type = response.getHeaders().getContentType();
        try {
            JsonNode body = type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    ? JSON.readTree(response.getBody())
                    : JSON.createObjectNode().put("bytes", response.getBody() == null ? 0 : response.getBody().length);
            return new ResponseEntity<>(body, response.getHeaders(), response.getStatusCode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpHeaders headers(Object body, String token, String language) {
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
        return headers;
    }
}
