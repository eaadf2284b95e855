package org.supervisionflow.notification.inbox;

/** A notification reached its recipient's inbox (published inside the storing transaction; not a Kafka event). */
public record NotificationStored(Notification notification) {
}
