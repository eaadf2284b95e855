package org.supervisionflow.notification.inbox;

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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supervisionflow.notification.preference.NotificationKind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The stored inboxes. */
@Repository
class NotificationStore {

    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    NotificationStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores the notification unless this fact is already in this person's inbox; returns whether it did. */
    boolean add(Notification notification, UUID sourceEventId) {
        return jdbc.sql("""
                insert into notification (id, source_event_id, source_event_type, recipient_username, kind, title, body,
                    facts, link, assignment_id, department_code, created_at)
                values (:id, :sourceEventId, :sourceEventType, :recipient, :kind, :title, :body, cast(:facts as jsonb),
                    :link, :assignmentId, :department, :createdAt)
                on conflict (source_event_id, recipient_username) do nothing""")
                .param("id", notification.id())
                .param("sourceEventId", sourceEventId)
                .param("sourceEventType", notification.sourceEventType())
                .param("recipient", notification.recipientUsername())
                .param("kind", notification.kind().name())
                .param("title", notification.title())
                .param("body", notification.body())
                .param("facts", write(notification.facts()))
                .param("link", notification.link())
                .param("assignmentId", notification.assignmentId())
                .param("department", notification.departmentCode())
                .param("createdAt", utc(notification.createdAt()))
                .update() == 1;
    }

    List<Notification> page(String username, Boolean read, int page, int size) {
        return jdbc.sql("""
                select * from notification
                 where recipient_username = :username
                   and (cast(:read as boolean) is null or (read_at is not null) = cast(:read as boolean))
                 order by created_at desc, id
                 limit :size offset :offset""")
                .param("username", username)
                .param("read", read, java.sql.Types.BOOLEAN)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(this::notification)
                .list();
    }

    long count(String username, Boolean read) {
        return jdbc.sql("""
                select count(*) from notification
                 where recipient_username = :username
                   and (cast(:read as boolean) is null or (read_at is not null) = cast(:read as boolean))""")
                .param("username", username)
                .param("read", read, java.sql.Types.BOOLEAN)
                .query(Long.class)
                .single();
    }

    /** Marks one of the person's notifications read (keeping the first read time); empty if it is not theirs. */
    Optional<Notification> markRead(UUID id, String username, Instant now) {
        jdbc.sql("""
                update notification set read_at = coalesce(read_at, :now)
                 where id = :id and recipient_username = :username""")
                .param("id", id)
                .param("username", username)
                .param("now", utc(now))
                .update();
        return jdbc.sql("select * from notification where id = :id and recipient_username = :username")
                .param("id", id)
                .param("username", username)
                .query(this::notification)
                .optional();
    }

    int markAllRead(String username, Instant now) {
        return jdbc.sql("update notification set read_at = :now where recipient_username = :username and read_at is null")
                .param("username", username)
                .param("now", utc(now))
                .update();
    }

    private Notification notification(ResultSet rs, int row) throws SQLException {
        return new Notification(rs.getObject("id", UUID.class), rs.getString("recipient_username"),
                NotificationKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"),
                read(rs.getString("facts")), rs.getString("link"), rs.getObject("assignment_id", UUID.class), rs.getString("department_code"),
                rs.getString("source_event_type"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("read_at")));
    }

    private String write(Map<String, String> facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the facts of a notification", e);
        }
    }

    private Map<String, String> read(String facts) {
        try {
            return json.readValue(facts, FACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the facts of a notification", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
