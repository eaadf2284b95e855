package org.supervisionflow.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the embedded servers before the Spring context loads and points the application at them through
 * system properties, which outrank the platform's defaults.
 */
public class EmbeddedInfrastructureExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        System.setProperty("spring.datasource.url", EmbeddedServers.postgresJdbcUrl());
        System.setProperty("spring.datasource.username", "postgres");
        System.setProperty("spring.datasource.password", "postgres");
        // PostgreSQL stops in a JVM shutdown hook that may run before Spring's: closing contexts must not wait long for it.
        System.setProperty("spring.datasource.hikari.connection-timeout", "2000");
        System.setProperty("spring.kafka.bootstrap-servers", EmbeddedServers.kafkaBootstrapServers());
        // The public key of TestTokens replaces Keycloak's issuer (Boot uses the key only when no issuer is set).
        System.setProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "");
        System.setProperty("spring.security.oauth2.resourceserver.jwt.public-key-location",
                "classpath:test-support/jwt-public.pem");
        // Keep failing consumers quick in tests.
        System.setProperty("supervision.messaging.retry.initial-interval", "200ms");
        System.setProperty("supervision.messaging.retry.max-attempts", "3");
    }
}
