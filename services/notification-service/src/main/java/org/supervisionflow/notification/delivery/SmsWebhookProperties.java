package org.supervisionflow.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The SMS webhook: the URL to POST to (empty = SMS off), an optional shared secret and the header that carries it. */
@ConfigurationProperties("supervision.notification.sms.webhook")
record SmsWebhookProperties(String url, String secret, String secretHeader, Duration timeout) {

    SmsWebhookProperties {
        secretHeader = secretHeader == null || secretHeader.isBlank() ? "X-Webhook-Secret" : secretHeader;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
