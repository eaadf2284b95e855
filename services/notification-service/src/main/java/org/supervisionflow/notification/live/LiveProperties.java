package org.supervisionflow.notification.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long one stream stays open at most before the browser reconnects (sooner when the caller's token expires), and how
 * often a heartbeat keeps proxies from closing it.
 */
@ConfigurationProperties("supervision.notification.live")
record LiveProperties(Duration timeout, Duration heartbeat) {

    LiveProperties {
        timeout = timeout == null ? Duration.ofMinutes(30) : timeout;
        heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
    }
}
