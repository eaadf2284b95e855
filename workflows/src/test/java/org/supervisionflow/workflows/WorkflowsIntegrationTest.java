package org.supervisionflow.workflows;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;

/**
 * The workflow engine on embedded PostgreSQL and Kafka, job executor running, one shared context for every
 * integration test. Consumer retries are long enough here for a message that arrives before its lifecycle is
 * ready to be delivered again until it fits (test-support's default gives up after well under a second): see
 * {@link ConsumerRetries}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EmbeddedInfrastructure
@ContextConfiguration(initializers = ConsumerRetries.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "supervision.messaging.resubmit-older-than=2s",
        "supervision.messaging.resubmit-every=1s" })
public @interface WorkflowsIntegrationTest {
}
