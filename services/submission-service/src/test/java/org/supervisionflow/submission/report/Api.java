package org.supervisionflow.submission.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/** Calls the service's API as a given user and reads JSON back; a null token calls anonymously. */
public record Api(TestRestTemplate http) {

    public ResponseEntity<JsonNode> get(String path, String token) {
        return exchange(HttpMethod.GET, path, token, null);
    }

    public ResponseEntity<JsonNode> put(String path, String token, Object body) {
        return exchange(HttpMethod.PUT, path, token, body);
    }

    public ResponseEntity<JsonNode> post(String path, String token, Object body) {
        return exchange(HttpMethod.POST, path, token, body);
    }

    public ResponseEntity<JsonNode> exchange(HttpMethod method, String path, String token, Object body) {
        HttpHeaders headers = token == null ? new HttpHeaders() : TestTokens.headers(token);
        HttpEntity<?> request = body == null ? new HttpEntity<>(headers) : new HttpEntity<>(body, headers);
        return http.exchange(path, method, request, JsonNode.class);
    }

    /** The body of a response that must be 200. */
    public static JsonNode ok(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(200);
        return response.getBody();
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.get(field).asText()));
        return texts;
    }

    static Map<String, Object> section(long version, String narrative, Object... codesAndValues) {
        List<Map<String, Object>> metrics = new ArrayList<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            Map<String, Object> metric = new HashMap<>();
            metric.put("code", codesAndValues[i]);
            metric.put("value", codesAndValues[i + 1]);
            metrics.add(metric);
        }
        return Map.of("version", version, "narrative", narrative, "metrics", metrics);
    }

    static Map<String, Object> details(long version, String person, String phone, String documentNumber) {
        return Map.of("version", version, "contactPerson", person, "contactPhone", phone, "documentNumber",
                documentNumber);
    }
}
