package org.supervisionflow.notification.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the directory comes from: the realm's issuer URI (as the platform's {@code KEYCLOAK_ISSUER_URI}; empty turns
 * the refresh off), the service-account client, how often to refresh and how soon to try again after a failure.
 */
@ConfigurationProperties("supervision.notification.directory")
record DirectoryProperties(String issuerUri, String clientId, String clientSecret, Duration refreshEvery,
        Duration retryAfter) {

    DirectoryProperties {
        clientId = clientId == null ? "supervision-notifications" : clientId;
        refreshEvery = refreshEvery == null ? Duration.ofMinutes(10) : refreshEvery;
        retryAfter = retryAfter == null ? Duration.ofSeconds(30) : retryAfter;
    }

    boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
