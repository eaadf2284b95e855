package org.supervisionflow.platform.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** Registers the problem+json handling of every service. */
@AutoConfiguration
@Import({ ProblemResponses.class, ProblemExceptionHandler.class })
public class ProblemAutoConfiguration {
}
