package org.supervisionflow.notification.inbox;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.notification.preference.NotificationKind;

/** One notification in one person's inbox; {@code link} is a path of the web app, {@code readAt} null while unread. */
public record Notification(UUID id, String recipientUsername, NotificationKind kind, String title, String body,
        String link, UUID assignmentId, String departmentCode, String sourceEventType, Instant createdAt,
        Instant readAt) {
}
