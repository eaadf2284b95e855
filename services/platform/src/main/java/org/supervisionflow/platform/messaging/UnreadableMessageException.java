package org.supervisionflow.platform.messaging;

/** A message whose data does not fit its declared type: retrying cannot help, it goes to the dead-letter topic. */
public class UnreadableMessageException extends RuntimeException {

    public UnreadableMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
