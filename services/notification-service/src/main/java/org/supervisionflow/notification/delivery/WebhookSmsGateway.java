package org.supervisionflow.notification.delivery;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * SMS as an HTTP webhook: POSTs {@code {"to": phone, "text": text}} as JSON to the configured URL, with the shared
 * secret in a header when one is set, so that any provider (or a relay in front of one) can take it. A non-2xx answer
 * is a failure and the delivery is retried.
 */
@Component
@EnableConfigurationProperties(SmsWebhookProperties.class)
class WebhookSmsGateway implements SmsGateway {

    private final SmsWebhookProperties properties;
    private final RestClient http;

    WebhookSmsGateway(SmsWebhookProperties properties, RestClient.Builder http) {
        this.properties = properties;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
        requests.setReadTimeout(properties.timeout());
        this.http = http.requestFactory(requests).build();
    }

    @Override
    public boolean enabled() {
        return properties.url() != null && !properties.url().isBlank();
    }

    @Override
    public void send(String phone, String text) {
        http.post()
                .uri(properties.url())
                .contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    if (properties.secret() != null && !properties.secret().isBlank()) {
                        headers.set(properties.secretHeader(), properties.secret());
                    }
                })
                .body(Map.of("to", phone, "text", text))
                .retrieve()
                .toBodilessEntity();
    }
}
