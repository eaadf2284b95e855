package org.supervisionflow.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supervisionflow.contracts.DeliveryStatus;
import org.supervisionflow.contracts.NotificationChannel;

/** The stored deliveries and their attempts. */
@Repository
class DeliveryQueue {

    private final JdbcClient jdbc;

    DeliveryQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a delivery unless this fact already went to this person on this channel.
     *
     * @return the new delivery's id, or empty for a repeat
     */
    Optional<UUID> add(Envelope envelope, NotificationChannel channel, String address, String subject, String content,
            String status, Instant now) {
        UUID id = UUID.randomUUID();
        int added = jdbc.sql("""
                insert into delivery (id, notification_id, source_event_id, source_event_type, assignment_id,
                    recipient_username, recipient_name, channel, address, subject, content, status, next_attempt_at,
                    created_at)
                values (:id, :notificationId, :sourceEventId, :sourceEventType, :assignmentId, :username, :name, :channel,
                    :address, :subject, :content, :status, :now, :now)
                on conflict (source_event_id, recipient_username, channel) do nothing""")
                .param("id", id)
                .param("notificationId", envelope.notificationId())
                .param("sourceEventId", envelope.sourceEventId())
                .param("sourceEventType", envelope.sourceEventType())
                .param("assignmentId", envelope.assignmentId())
                .param("username", envelope.recipient().username())
                .param("name", envelope.recipient().displayName())
                .param("channel", channel.name())
                .param("address", address)
                .param("subject", subject)
                .param("content", content)
                .param("status", status)
                .param("now", utc(now))
                .update();
        return added == 1 ? Optional.of(id) : Optional.empty();
    }

    /** The next delivery due, locked for this transaction; others working the queue skip it. */
    Optional<Pending> claimNext(Instant now) {
        return jdbc.sql("""
                select id, notification_id, source_event_type, assignment_id, recipient_username, recipient_name, channel,
                       address, subject, content, attempts
                  from delivery
                 where status = 'PENDING' and next_attempt_at <= :now
                 order by next_attempt_at
                 limit 1
                   for update skip locked""")
                .param("now", utc(now))
                .query((rs, row) -> new Pending(rs.getObject("id", UUID.class), rs.getObject("notification_id", UUID.class),
                        rs.getString("source_event_type"), rs.getObject("assignment_id", UUID.class),
                        rs.getString("recipient_username"), rs.getString("recipient_name"),
                        NotificationChannel.valueOf(rs.getString("channel")), rs.getString("address"),
                        rs.getString("subject"), rs.getString("content"), rs.getInt("attempts")))
                .optional();
    }

    /** Records attempt number {@code attempt} and what follows from it: delivered, a retry at {@code next}, or given up. */
    void recordAttempt(UUID id, int attempt, DeliveryStatus outcome, String failureReason, Instant at, Instant next) {
        jdbc.sql("""
                insert into delivery_attempt (delivery_id, attempt, status, failure_reason, attempted_at)
                values (:id, :attempt, :status, :reason, :at)""")
                .param("id", id)
                .param("attempt", attempt)
                .param("status", outcome.name())
                .param("reason", failureReason)
                .param("at", utc(at))
                .update();
        String status = outcome == DeliveryStatus.DELIVERED ? "DELIVERED" : next == null ? "FAILED" : "PENDING";
        jdbc.sql("""
                update delivery set attempts = :attempt, status = :status, last_error = :reason,
                    next_attempt_at = :next, delivered_at = :deliveredAt
                 where id = :id""")
                .param("id", id)
                .param("attempt", attempt)
                .param("status", status)
                .param("reason", failureReason)
                .param("next", next == null ? null : utc(next))
                .param("deliveredAt", outcome == DeliveryStatus.DELIVERED ? utc(at) : null)
                .update();
    }

    /** Every delivery about an assignment with its attempts, oldest first. */
    List<DeliveryRecord> ofAssignment(UUID assignmentId) {
        Map<UUID, List<DeliveryRecord.Attempt>> attempts = jdbc.sql("""
                select a.delivery_id, a.attempt, a.status, a.failure_reason, a.attempted_at
                  from delivery_attempt a join delivery d on d.id = a.delivery_id
                 where d.assignment_id = :assignmentId
                 order by a.attempt""")
                .param("assignmentId", assignmentId)
                .query((rs, row) -> Map.entry(rs.getObject("delivery_id", UUID.class),
                        new DeliveryRecord.Attempt(rs.getInt("attempt"), rs.getString("status"),
                                rs.getString("failure_reason"), instant(rs, "attempted_at"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                select * from delivery where assignment_id = :assignmentId order by created_at, recipient_username, channel""")
                .param("assignmentId", assignmentId)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new DeliveryRecord(id, rs.getObject("notification_id", UUID.class),
                            rs.getString("source_event_type"), rs.getString("recipient_username"),
                            rs.getString("recipient_name"), NotificationChannel.valueOf(rs.getString("channel")),
                            rs.getString("subject"), rs.getString("status"), instant(rs, "created_at"),
                            instant(rs, "delivered_at"), instant(rs, "next_attempt_at"), attempts.getOrDefault(id, List.of()));
                })
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A delivery waiting for its next attempt. */
    record Pending(UUID id, UUID notificationId, String sourceEventType, UUID assignmentId, String recipientUsername,
            String recipientName, NotificationChannel channel, String address, String subject, String content,
            int attempts) {
    }
}
