package org.supervisionflow.platform.messaging;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.supervisionflow.contracts.Topic;

/**
 * How a service takes part in messaging: the topics it owns (and creates), the topics it consumes (whose
 * dead-letter topics it creates), and the timings of outbox resubmission and consumer retries.
 */
@ConfigurationProperties("supervision.messaging")
public record MessagingProperties(
        List<Topic> publishes,
        List<Topic> consumes,
        Integer partitions,
        Short replicas,
        Duration resubmitOlderThan,
        Duration resubmitEvery,
        Retry retry) {

    public MessagingProperties {
        publishes = publishes == null ? List.of() : List.copyOf(publishes);
        consumes = consumes == null ? List.of() : List.copyOf(consumes);
        partitions = partitions == null ? 6 : partitions;
        replicas = replicas == null ? (short) 1 : replicas;
        resubmitOlderThan = resubmitOlderThan == null ? Duration.ofSeconds(30) : resubmitOlderThan;
        resubmitEvery = resubmitEvery == null ? Duration.ofSeconds(15) : resubmitEvery;
        retry = retry == null ? new Retry(null, null, null, null) : retry;
    }

    /** Exponential back-off for a failing consumer before its message goes to the dead-letter topic. */
    public record Retry(Duration initialInterval, Double multiplier, Duration maxInterval, Integer maxAttempts) {

        public Retry {
            initialInterval = initialInterval == null ? Duration.ofSeconds(1) : initialInterval;
            multiplier = multiplier == null ? 2.0 : multiplier;
            maxInterval = maxInterval == null ? Duration.ofSeconds(30) : maxInterval;
            maxAttempts = maxAttempts == null ? 6 : maxAttempts;
        }
    }
}
