package org.supervisionflow.notification.inbox;

/** Which of a person's notifications to list. */
public enum ReadFilter {
    ALL(null),
    UNREAD(false),
    READ(true);

    private final Boolean read;

    ReadFilter(Boolean read) {
        this.read = read;
    }

    Boolean read() {
        return read;
    }
}
