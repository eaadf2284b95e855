package org.supervisionflow.workflows;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Consumer retries long enough for a message that arrives before its lifecycle is ready to be delivered again until
 * it fits. An initializer rather than test properties: test-support puts its own quick retries (3 attempts) first in
 * the environment from a context customizer, and initializers of the test run after it.
 */
public class ConsumerRetries implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("workflowsConsumerRetries",
                Map.of("supervision.messaging.retry.initial-interval", "200ms",
                        "supervision.messaging.retry.max-interval", "1s",
                        "supervision.messaging.retry.max-attempts", "30")));
    }
}
