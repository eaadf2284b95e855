package org.supervisionflow.contracts.notification;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.DeliveryStatus;
import org.supervisionflow.contracts.NotificationChannel;

/**
 * One attempt to deliver a notification about an assignment's report through one channel: delivered, or failed with
 * the reason ({@code attempt} counts from 1; a failed attempt is retried with back-off).
 */
public record NotificationAttempted(UUID id, UUID assignmentId, Instant occurredAt, UUID notificationId,
        String sourceEventType, String recipientUsername, String recipientName, NotificationChannel channel,
        DeliveryStatus status, int attempt, String failureReason) implements NotificationEvent {
}
