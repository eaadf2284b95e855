package org.supervisionflow.workflows.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.SupervisionMessage;
import org.supervisionflow.platform.problem.Text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records every message of an assignment once, as the next link of its hash chain, and reads the history back
 * in time order with the chain checked.
 */
@Service
public class Timelines {

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    Timelines(JdbcClient jdbc, ObjectMapper objectMapper, Clock clock) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /**
     * Appends the message to its assignment's timeline. Called once per message id: the caller receives it through
     * the platform inbox (a redelivered or re-sent message keeps its id), in this transaction. Arrival order does not
     * matter: the chain follows arrival, readers sort by time.
     */
    @Transactional
    public void record(SupervisionMessage message) {
        Facts.Fact fact = Facts.of(message);
        UUID assignmentId = message.assignmentId();
        jdbc.sql("""
                insert into timeline_chain (assignment_id, department_code, length, head_hash)
                values (:assignmentId, :departmentCode, 0, :genesis)
                on conflict (assignment_id) do nothing""")
                .param("assignmentId", assignmentId)
                .param("departmentCode", fact.departmentCode())
                .param("genesis", HashChain.GENESIS)
                .update();
        // The row lock orders the appends of one assignment, whichever topic's listener makes them.
        Head head = jdbc.sql("select length, head_hash from timeline_chain where assignment_id = ? for update")
                .param(assignmentId)
                .query((rs, row) -> new Head(rs.getInt("length"), rs.getString("head_hash")))
                .single();
        TimelineEntry unhashed = new TimelineEntry(head.length() + 1, message.id(), fact.type(), fact.kind(),
                fact.source(), micros(message.occurredAt()), micros(clock.instant()), fact.departmentCode(),
                present(fact.actor()), fact.summary(), fact.reportId(), fact.reportVersion(), name(fact.stageBefore()),
                name(fact.stageAfter()), json(fact), head.hash(), null);
        String hash = HashChain.hash(assignmentId, unhashed);
        insert(assignmentId, unhashed, hash);
        jdbc.sql("""
                update timeline_chain
                set length = :length, head_hash = :hash, department_code = coalesce(department_code, :departmentCode)
                where assignment_id = :assignmentId""")
                .param("length", unhashed.seq())
                .param("hash", hash)
                .param("departmentCode", fact.departmentCode())
                .param("assignmentId", assignmentId)
                .update();
    }

    /**
     * The assignment's timeline if it has one and belongs to the department scope (empty: any department), so
     * that another department's history looks exactly like a missing one. A timeline whose department no
     * message has named yet is visible to office roles only.
     */
    @Transactional(readOnly = true)
    public Optional<Timeline> find(UUID assignmentId, Optional<String> departmentScope) {
        Optional<Chain> chain = jdbc.sql("""
                select department_code, length, head_hash from timeline_chain where assignment_id = ?""")
                .param(assignmentId)
                .query((rs, row) -> new Chain(rs.getString("department_code"), rs.getInt("length"),
                        rs.getString("head_hash")))
                .optional();
        if (chain.isEmpty() || departmentScope.isPresent()
                && !departmentScope.get().equals(chain.get().departmentCode())) {
            return Optional.empty();
        }
        List<TimelineEntry> bySeq = jdbc.sql("select * from timeline_entry where assignment_id = ? order by seq")
                .param(assignmentId)
                .query(Timelines::entry)
                .list();
        Integer brokenAt = HashChain.firstBreak(assignmentId, bySeq, chain.get().length(), chain.get().headHash());
        // The head row decides who may read; its department must be the first one a (hashed) entry named.
        boolean departmentHolds = Objects.equals(chain.get().departmentCode(), bySeq.stream()
                .map(TimelineEntry::departmentCode).filter(Objects::nonNull).findFirst().orElse(null));
        List<TimelineEntry> inTimeOrder = bySeq.stream()
                .sorted(Comparator.comparing(TimelineEntry::occurredAt)
                        .thenComparingInt(TimelineEntry::seq))
                .toList();
        return Optional.of(new Timeline(assignmentId, chain.get().departmentCode(), inTimeOrder,
                brokenAt == null && departmentHolds, brokenAt));
    }

    private void insert(UUID assignmentId, TimelineEntry entry, String hash) {
        Actor actor = entry.actor();
        jdbc.sql("""
                insert into timeline_entry (assignment_id, seq, message_id, message_type, kind, source, occurred_at,
                    recorded_at, department_code, actor_user_id, actor_username, actor_display_name, actor_role,
                    actor_department_code, summary_zh, summary_en, report_id, report_version, stage_before,
                    stage_after, details, previous_hash, hash)
                values (:assignmentId, :seq, :messageId, :type, :kind, :source, :occurredAt, :recordedAt,
                    :departmentCode, :actorUserId, :actorUsername, :actorDisplayName, :actorRole,
                    :actorDepartmentCode, :summaryZh, :summaryEn, :reportId, :reportVersion, :stageBefore,
                    :stageAfter, :details, :previousHash, :hash)""")
                .param("assignmentId", assignmentId)
                .param("seq", entry.seq())
                .param("messageId", entry.messageId())
                .param("type", entry.type())
                .param("kind", entry.kind().name())
                .param("source", entry.source())
                .param("occurredAt", OffsetDateTime.ofInstant(entry.occurredAt(), clock.getZone()))
                .param("recordedAt", OffsetDateTime.ofInstant(entry.recordedAt(), clock.getZone()))
                .param("departmentCode", entry.departmentCode())
                .param("actorUserId", actor == null ? null : actor.userId())
                .param("actorUsername", actor == null ? null : actor.username())
                .param("actorDisplayName", actor == null ? null : actor.displayName())
                .param("actorRole", actor == null ? null : actor.role())
                .param("actorDepartmentCode", actor == null ? null : actor.departmentCode())
                .param("summaryZh", entry.summary().zh())
                .param("summaryEn", entry.summary().en())
                .param("reportId", entry.reportId())
                .param("reportVersion", entry.reportVersion())
                .param("stageBefore", entry.stageBefore())
                .param("stageAfter", entry.stageAfter())
                .param("details", entry.details())
                .param("previousHash", entry.previousHash())
                .param("hash", hash)
                .update();
    }

    private static TimelineEntry entry(ResultSet rs, int row) throws SQLException {
        Actor actor = present(new Actor(rs.getString("actor_user_id"), rs.getString("actor_username"),
                rs.getString("actor_display_name"), rs.getString("actor_role"), rs.getString("actor_department_code")));
        Integer reportVersion = rs.getObject("report_version", Integer.class);
        return new TimelineEntry(rs.getInt("seq"), rs.getObject("message_id", UUID.class),
                rs.getString("message_type"), EntryKind.valueOf(rs.getString("kind")), rs.getString("source"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("department_code"), actor,
                Text.of(rs.getString("summary_zh"), rs.getString("summary_en")), rs.getObject("report_id", UUID.class),
                reportVersion, rs.getString("stage_before"), rs.getString("stage_after"), rs.getString("details"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    private String json(Facts.Fact fact) {
        try {
            return objectMapper.writeValueAsString(fact.details());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the details of " + fact.type(), e);
        }
    }

    // PostgreSQL keeps microseconds: hash what will be read back.
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** An actor without any field is stored and read as no actor, so that the hash sees the same on both sides. */
    private static Actor present(Actor actor) {
        return actor == null || actor.equals(new Actor(null, null, null, null, null)) ? null : actor;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private record Head(int length, String hash) {
    }

    private record Chain(String departmentCode, int length, String headHash) {
    }
}
