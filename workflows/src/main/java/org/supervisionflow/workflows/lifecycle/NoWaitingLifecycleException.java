package org.supervisionflow.workflows.lifecycle;

import java.util.UUID;

/**
 * A message reached the engine before the lifecycle it belongs to was ready for it (a race between topics).
 * Thrown so that the consumer's back-off delivers the message again instead of dropping it.
 */
public class NoWaitingLifecycleException extends RuntimeException {

    public NoWaitingLifecycleException(String messageName, UUID assignmentId) {
        super("No report lifecycle of assignment " + assignmentId + " waits for " + messageName + " yet");
    }
}
