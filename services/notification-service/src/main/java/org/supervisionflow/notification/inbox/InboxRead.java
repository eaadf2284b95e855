package org.supervisionflow.notification.inbox;

/** A person marked notifications read and now has {@code unread} unread ones (not a Kafka event). */
public record InboxRead(String username, long unread) {
}
