package org.supervisionflow.workflows;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;

/**
 * The workflow engine on embedded PostgreSQL and Kafka, job executor running, one shared context for every
 * integration test. Consumer retries are long enough here for a message that arrives before its lifecycle is
 * ready to be delivered again until it fits (test-support's default gives up after well under a second).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "supervision.messaging.retry.initial-interval=200ms",
        "supervision.messaging.retry.max-interval=1s",
        "supervision.messaging.retry.max-attempts=30",
        "supervision.messaging.resubmit-older-than=2s",
        "supervision.messaging.resubmit-every=1s" })
public @interface WorkflowsIntegrationTest {
}
