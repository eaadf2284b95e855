package org.supervisionflow.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The health checks the launcher waits on, each one quick and side-effect free. */
final class Probes {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private Probes() {
    }

    /** Spring Boot's {@code /actuator/health} answers 200 with status UP. */
    static boolean actuatorUp(int port) {
        return httpOk(URI.create("http://localhost:" + port + "/actuator/health"), "\"UP\"");
    }

    /** A 200 answer whose body contains {@code expected} (empty: any body). */
    static boolean httpOk(URI uri, String expected) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains(expected);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Something accepts TCP connections on {@code host:port}. */
    static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code host:port} of the first server in a Kafka-style list such as {@code a:9092,b:9092}. */
    static boolean acceptsFirstOf(String servers) {
        String first = servers.split(",")[0].trim();
        int colon = first.lastIndexOf(':');
        return colon > 0 && accepts(first.substring(0, colon), Integer.parseInt(first.substring(colon + 1)));
    }

    /** Whether a server could listen on {@code port} now: nothing else holds it, on any address. */
    static boolean isFree(int port) {
        if (accepts("localhost", port)) {
            return false;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
