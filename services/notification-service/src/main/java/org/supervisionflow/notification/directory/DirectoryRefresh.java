package org.supervisionflow.notification.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Refreshes the directory from Keycloak at start and then every {@code refresh-every}; after a failure (Keycloak still
 * starting, say) it tries again after {@code retry-after}, keeping the last good copy meanwhile. Off without an issuer.
 */
@Component
@EnableConfigurationProperties(DirectoryProperties.class)
class DirectoryRefresh {

    private static final Logger log = LoggerFactory.getLogger(DirectoryRefresh.class);

    private final DirectoryProperties properties;
    private final People people;
    private final Clock clock;
    private final KeycloakDirectory keycloak;
    private Instant nextRefresh = Instant.MIN;

    DirectoryRefresh(DirectoryProperties properties, People people, Clock clock, RestClient.Builder http) {
        this.properties = properties;
        this.people = people;
        this.clock = clock;
        this.keycloak = properties.enabled() ? new KeycloakDirectory(http, properties) : null;
        if (keycloak == null) {
            log.info("No Keycloak issuer configured: the directory is not refreshed");
        }
    }

    @Scheduled(fixedDelayString = "${supervision.notification.directory.check-every:PT5S}")
    void refreshWhenDue() {
        Instant now = clock.instant();
        if (keycloak == null || now.isBefore(nextRefresh)) {
            return;
        }
        try {
            List<Person> read = keycloak.read();
            people.replaceAll(read, now);
            nextRefresh = now.plus(properties.refreshEvery());
            log.info("Directory refreshed from Keycloak: {} people", read.size());
        } catch (RuntimeException e) {
            nextRefresh = now.plus(properties.retryAfter());
            log.warn("Could not refresh the directory from Keycloak, trying again in {}: {}", properties.retryAfter(),
                    e.toString());
        }
    }
}
