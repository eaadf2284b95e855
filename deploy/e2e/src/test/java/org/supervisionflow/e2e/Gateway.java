package org.supervisionflow.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Calls the services' APIs through the gateway on port 8080, as a script does: with a Keycloak bearer token (the
 * gateway passes it on), or with none.
 */
final class Gateway {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A status code and the JSON body (missing when the body is not JSON). */
    record Response(int status, JsonNode body) {
    }

    private Gateway() {
    }

    static Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    static Response post(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json").POST(json(body)));
    }

    static Response put(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json").PUT(json(body)));
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(LocalStackExtension.GATEWAY + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /** Sends any request (also to a server other than the gateway) and reads its JSON answer. */
    static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = response.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(response.body());
            } catch (IOException notJson) {
                body = MissingNode.getInstance();
            }
            return new Response(response.statusCode(), body);
        } catch (IOException e) {
            throw new IllegalStateException("The gateway did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
