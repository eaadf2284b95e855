package org.supervisionflow.notification.inbox;

import java.util.UUID;

/**
 * An event for department users arrived before any event that names the assignment's department: the listener's retry
 * gives the other topic time to deliver it.
 */
class DepartmentNotYetKnownException extends RuntimeException {

    DepartmentNotYetKnownException(UUID assignmentId) {
        super("The department of assignment " + assignmentId + " is not known yet");
    }
}
