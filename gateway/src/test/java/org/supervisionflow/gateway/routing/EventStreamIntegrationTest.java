package org.supervisionflow.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The notification stream (server-sent events) passes through the gateway as the service writes it, with the
 * user's token, and stays open longer than the circuit breaker's time limit and the HTTP client's response timeout
 * (both shortened to one second here so the test need not wait a minute).
 */
@SpringBootTest(properties = {
        "supervision.keycloak.issuer-uri=http://127.0.0.1:9/realms/supervision",
        "resilience4j.timelimiter.configs.default.timeout-duration=1s",
        "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s"})
class EventStreamIntegrationTest {

    private static final Duration PAUSE = Duration.ofMillis(1500);
    private static final StreamingService NOTIFICATION = new StreamingService();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("NOTIFICATION_SERVICE_URL", NOTIFICATION::url);
    }

    @AfterAll
    static void stopService() {
        NOTIFICATION.close();
    }

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ReactiveClientRegistrationRepository clientRegistrations;

    @Test
    void passesEachEventOnAtOnceWithTheUsersTokenAndKeepsTheStreamOpenPastTheTimeLimits() {
        ClientRegistration keycloak = clientRegistrations.findByRegistrationId("keycloak").block();
        WebTestClient client = WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient()
                .responseTimeout(Duration.ofSeconds(20)).build();

        FluxExchangeResult<ServerSentEvent<String>> result = client
                .mutateWith(mockOidcLogin().clientRegistration(keycloak))
                .get().uri("/api/notifications/stream")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .returnResult(new ParameterizedTypeReference<>() { });

        List<String> events = result.getResponseBody()
                .doOnNext(event -> NOTIFICATION.received.countDown())
                .map(ServerSentEvent::data)
                .collectList()
                .block(Duration.ofSeconds(30));

        assertThat(events).containsExactly("first", "second", "third");
        // The client had the first event while the service still held the stream open waiting for it: nothing was
        // buffered until the end. Orderings, not timings, so a busy machine cannot fail it.
        assertThat(NOTIFICATION.firstSeenBeforeMore).isTrue();
        // The stream stayed open for more than both one-second time limits together, and neither cut it.
        assertThat(NOTIFICATION.openFor.toMillis()).isGreaterThan(2000);
        assertThat(NOTIFICATION.authorizations).containsExactly("Bearer access-token");
    }

    /**
     * A service that writes an event, waits (bounded) until the test has received it, then writes two more with a
     * pause before each, flushing each at once.
     */
    private static final class StreamingService implements AutoCloseable {

        private final HttpServer server;
        private final List<String> authorizations = new CopyOnWriteArrayList<>();
        private final CountDownLatch received = new CountDownLatch(1);
        private volatile boolean firstSeenBeforeMore;
        private volatile Duration openFor = Duration.ZERO;

        StreamingService() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/api/notifications/stream", exchange -> {
                authorizations.add(exchange.getRequestHeaders().getFirst(HttpHeaders.AUTHORIZATION));
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                long opened = System.nanoTime();
                try (OutputStream out = exchange.getResponseBody()) {
                    write(out, "first");
                    firstSeenBeforeMore = received.await(10, TimeUnit.SECONDS);
                    for (String data : List.of("second", "third")) {
                        // Sleeping is the job here: the stream must outlast the gateway's time limits.
                        Thread.sleep(PAUSE.toMillis());
                        write(out, data);
                    }
                    openFor = Duration.ofNanos(System.nanoTime() - opened);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.start();
        }

        private static void write(OutputStream out, String data) throws IOException {
            out.write(("event: notification\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
