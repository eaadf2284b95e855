package org.supervisionflow.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.contracts.NotificationChannel;

/**
 * One notification to one person on one channel, with every attempt so far. Status: PENDING (waiting for its next
 * attempt), DELIVERED, or FAILED (gave up after the last attempt).
 */
public record DeliveryRecord(UUID id, UUID notificationId, String sourceEventType, String recipientUsername,
        String recipientName, NotificationChannel channel, String subject, String status, Instant createdAt,
        Instant deliveredAt, Instant nextAttemptAt, List<Attempt> attempts) {

    /** One attempt: delivered or failed with the error. */
    public record Attempt(int attempt, String status, String failureReason, Instant attemptedAt) {
    }
}
