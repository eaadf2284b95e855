package org.supervisionflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;

import org.supervisionflow.assignment.campaign.CampaignDraft;
import org.supervisionflow.assignment.framework.FrameworkDraft;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/** Calls the service over HTTP as the gateway would: a bearer token (or none) and optionally a language. */
public record Api(TestRestTemplate http) {

    /** Creates a framework as office-admin and returns it. */
    public JsonNode createFramework(FrameworkDraft draft) {
        return expect(post("/api/frameworks", draft, TestTokens.officeAdmin()), 201);
    }

    /** Creates a draft campaign as office-admin and returns its id. */
    public UUID createCampaign(CampaignDraft draft) {
        return UUID.fromString(expect(post("/api/campaigns", draft, TestTokens.officeAdmin()), 201).get("id").asText());
    }

    /** Publishes a campaign as office-admin and returns it. */
    public JsonNode publish(UUID campaignId) {
        return expect(post("/api/campaigns/" + campaignId + "/publish", null, TestTokens.officeAdmin()), 200);
    }

    /** Downloads a file as the office would, returning its bytes; the status must be 200. */
    public byte[] download(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        ResponseEntity<byte[]> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/vnd.openxmlformats");
        return response.getBody();
    }

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
        if (body instanceof MultiValueMap<?, ?>) {
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        } else if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
