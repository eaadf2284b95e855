package org.supervisionflow.notification;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;

/**
 * The service on a random port against the JVM's embedded PostgreSQL and Kafka, a GreenMail SMTP server and an
 * in-process SMS webhook ({@link TestServers}); every such class shares one context. Deliveries are polled quickly and
 * retried after a second, heartbeats come every half second, and the consumer retries long enough for an event to wait
 * for the one that names its department.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EmbeddedInfrastructure
@ExtendWith(TestServers.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "supervision.messaging.retry.max-attempts=6", "supervision.messaging.retry.max-interval=2s",
        "supervision.notification.delivery.poll-every=PT0.2S", "supervision.notification.delivery.first-retry-after=PT1S",
        "supervision.notification.delivery.max-attempts=3", "supervision.notification.live.heartbeat=PT0.5S",
        "supervision.notification.sms.webhook.secret=" + TestServers.SMS_SECRET,
        "supervision.notification.digest.cron=-"})
public @interface NotificationServiceTest {
}
