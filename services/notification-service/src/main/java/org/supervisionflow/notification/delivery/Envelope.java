package org.supervisionflow.notification.delivery;

import java.util.UUID;

import org.supervisionflow.notification.directory.Person;

/**
 * Who gets a delivery and which fact it is about: the source event's id (with recipient and channel the key that keeps
 * a fact from reaching a person twice), its type, its assignment (null for a digest) and the in-app notification.
 */
public record Envelope(UUID sourceEventId, String sourceEventType, UUID assignmentId, UUID notificationId,
        Person recipient) {
}
