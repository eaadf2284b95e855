package org.supervisionflow.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event and command carries besides its payload. The id becomes the CloudEvent id (so a
 * re-sent message keeps its identity and consumers can skip it), the assignment id becomes the
 * CloudEvent subject and the Kafka key (so everything about one department's report stays in order).
 */
public interface SupervisionMessage {

    UUID id();

    UUID assignmentId();

    Instant occurredAt();
}
