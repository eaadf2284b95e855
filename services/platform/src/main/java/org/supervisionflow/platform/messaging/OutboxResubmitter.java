package org.supervisionflow.platform.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends again what the outbox could not deliver: events whose publication is still incomplete after a
 * while because Kafka was unreachable or the service died between commit and send. Consumers are
 * idempotent, so a second send of something that did arrive is harmless.
 */
class OutboxResubmitter {

    private static final Logger log = LoggerFactory.getLogger(OutboxResubmitter.class);

    private final IncompleteEventPublications publications;
    private final MessagingProperties properties;

    OutboxResubmitter(IncompleteEventPublications publications, MessagingProperties properties) {
        this.publications = publications;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${supervision.messaging.resubmit-every:15s}",
            initialDelayString = "${supervision.messaging.resubmit-every:15s}")
    void resubmitIncomplete() {
        try {
            publications.resubmitIncompletePublicationsOlderThan(properties.resubmitOlderThan());
        } catch (RuntimeException e) {
            log.warn("Could not resubmit incomplete event publications yet: {}", e.getMessage());
        }
    }
}
