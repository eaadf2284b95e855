package org.supervisionflow.review;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;

/**
 * The service on a random port against the JVM's embedded PostgreSQL and Kafka; every such class shares one context.
 * Consumers retry for about six seconds (the test-support default gives up after 0.6 s), long enough for a test to let
 * a command arrive before the event it depends on and then send that event.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "supervision.messaging.retry.max-attempts=6", "supervision.messaging.retry.max-interval=5s"})
public @interface ReviewServiceTest {
}
