package org.supervisionflow.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How deliveries go out: the web app's address for links in mails and SMS, the sender address, and the retry
 * schedule (attempts in all, the wait before the first retry, its growth and its cap).
 */
@ConfigurationProperties("supervision.notification.delivery")
record DeliveryProperties(String appBaseUrl, String mailFrom, Integer maxAttempts, Duration firstRetryAfter,
        Double multiplier, Duration maxRetryAfter) {

    DeliveryProperties {
        appBaseUrl = appBaseUrl == null || appBaseUrl.isBlank() ? "http://localhost:8080" : appBaseUrl.replaceAll("/+$", "");
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "督察通 <noreply@supervision.local>" : mailFrom;
        maxAttempts = maxAttempts == null ? 6 : maxAttempts;
        firstRetryAfter = firstRetryAfter == null ? Duration.ofMinutes(1) : firstRetryAfter;
        multiplier = multiplier == null ? 3.0 : multiplier;
        maxRetryAfter = maxRetryAfter == null ? Duration.ofHours(1) : maxRetryAfter;
    }

    /** The wait after failed attempt number {@code attempt} (1 = the first). */
    Duration retryAfter(int attempt) {
        double millis = firstRetryAfter.toMillis() * Math.pow(multiplier, attempt - 1);
        return Duration.ofMillis((long) Math.min(millis, maxRetryAfter.toMillis()));
    }

    /** An absolute link into the web app. */
    String link(String path) {
        return appBaseUrl + path;
    }
}
