package org.supervisionflow.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Put before {@code @SpringBootTest}: the test's application talks to an embedded PostgreSQL 17 and an
 * in-process Kafka broker (one of each per test JVM) and accepts {@link TestTokens}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(EmbeddedInfrastructureExtension.class)
public @interface EmbeddedInfrastructure {
}
