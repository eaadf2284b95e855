package org.supervisionflow.review.review;

import java.util.UUID;

/**
 * A command refers to an assignment whose {@code AssignmentIssued} has not arrived yet (the topics are not ordered
 * against each other). Thrown so that the consumer retries it with back-off instead of dropping it.
 */
public class ScopeNotYetKnownException extends RuntimeException {

    ScopeNotYetKnownException(UUID assignmentId, UUID commandId) {
        super("The scope of assignment " + assignmentId + " is not known yet; command " + commandId + " will be retried");
    }
}
