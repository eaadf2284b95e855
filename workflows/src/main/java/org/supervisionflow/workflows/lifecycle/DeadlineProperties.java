package org.supervisionflow.workflows.lifecycle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadline rules the campaign's {@code DeadlinePolicy} does not carry: {@code resubmissionWorkingDays}
 * ({@code supervision.deadlines.resubmission-working-days}, default 5) is the least time a returned report gets to
 * come back; it is due on the campaign's due date when that is later.
 */
@ConfigurationProperties("supervision.deadlines")
public record DeadlineProperties(@DefaultValue("5") int resubmissionWorkingDays) {

    /** The built-in rules, as when nothing is configured. */
    public static DeadlineProperties withDefaults() {
        return new DeadlineProperties(5);
    }
}
