package org.supervisionflow.local;

/**
 * A failure the user can act on, told in one line without a stack trace (a taken port, a missing prerequisite,
 * a server that did not come up).
 */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
