package org.supervisionflow.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens from the stack's real Keycloak, through the {@code supervision-cli} client's direct access grant
 * (local realm only), for the demo users.
 */
final class KeycloakTokens {

    static final String DEMO_PASSWORD = "Demo@2026";
    private static final URI TOKEN_ENDPOINT =
            URI.create("http://localhost:8180/realms/supervision/protocol/openid-connect/token");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeycloakTokens() {
    }

    static String accessToken(String username) {
        String form = Map.of("grant_type", "password", "client_id", "supervision-cli", "username", username,
                        "password", DEMO_PASSWORD, "scope", "openid")
                .entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(TOKEN_ENDPOINT)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return body.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable on port 8180: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
