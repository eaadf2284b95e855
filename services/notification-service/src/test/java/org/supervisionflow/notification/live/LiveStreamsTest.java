package org.supervisionflow.notification.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** A stream lasts no longer than the token it was opened with, nor longer than the configured timeout. */
class LiveStreamsTest {

    private static final Instant NOW = Instant.parse("2026-03-30T01:00:00Z");

    private final LiveStreams streams = new LiveStreams(new LiveProperties(Duration.ofMinutes(30), Duration.ofSeconds(15)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void endsWhenTheCallersTokenExpires() {
        assertThat(streams.open("leader-sifa", 0, NOW.plusSeconds(300)).getTimeout()).isEqualTo(300_000L);
    }

    @Test
    void endsAfterTheConfiguredTimeoutWhenTheTokenLivesLonger() {
        assertThat(streams.open("leader-sifa", 0, NOW.plus(Duration.ofHours(2))).getTimeout())
                .isEqualTo(Duration.ofMinutes(30).toMillis());
    }
}
