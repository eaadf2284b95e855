package org.supervisionflow.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the embedded servers before the Spring context loads and points the application at them through
 * system properties, which outrank the platform's defaults. {@link EmbeddedInfrastructureContextCustomizerFactory}
 * puts the same properties first in the context's own environment, so a context that loads before this callback
 * (a {@code @TestInstance(PER_CLASS)} test) never falls back to the local stack's ports.
 */
public class EmbeddedInfrastructureExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        properties().forEach(System::setProperty);
    }

    /** Where the application under test finds the embedded servers, and the test settings that go with them. */
    static Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", EmbeddedServers.postgresJdbcUrl());
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        // PostgreSQL stops in a JVM shutdown hook that may run before Spring's: closing contexts must not wait long for it.
        properties.put("spring.datasource.hikari.connection-timeout", "2000");
        properties.put("spring.kafka.bootstrap-servers", EmbeddedServers.kafkaBootstrapServers());
        // The public key of TestTokens replaces Keycloak's issuer (Boot uses the key only when no issuer is set).
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", "");
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location",
                "classpath:test-support/jwt-public.pem");
        // Keep failing consumers quick in tests.
        properties.put("supervision.messaging.retry.initial-interval", "200ms");
        properties.put("supervision.messaging.retry.max-attempts", "3");
        return properties;
    }
}
