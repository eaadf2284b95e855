package org.supervisionflow.workflows.timeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The SHA-256 chain over one assignment's entries in arrival order: each hash covers the entry's every stored
 * field and the previous entry's hash, so changing, inserting or removing a row shows.
 */
final class HashChain {

    /** What the first entry of every chain links to. */
    static final String GENESIS = "0".repeat(64);

    // A private, unconfigured mapper: the canonical form must not change when the service's Jackson settings do.
    private static final ObjectMapper CANONICAL = new ObjectMapper();

    private HashChain() {
    }

    /** The hash of the entry as stored, linking to its {@code previousHash}. */
    static String hash(UUID assignmentId, TimelineEntry entry) {
        Actor actor = entry.actor();
        List<String> fields = Arrays.asList(
                assignmentId.toString(),
                Integer.toString(entry.seq()),
                entry.messageId().toString(),
                entry.type(),
                entry.kind().name(),
                entry.source(),
                entry.occurredAt().toString(),
                entry.recordedAt().toString(),
                entry.departmentCode(),
                actor == null ? null : actor.userId(),
                actor == null ? null : actor.username(),
                actor == null ? null : actor.displayName(),
                actor == null ? null : actor.role(),
                actor == null ? null : actor.departmentCode(),
                entry.summary().zh(),
                entry.summary().en(),
                Objects.toString(entry.reportId(), null),
                Objects.toString(entry.reportVersion(), null),
                entry.stageBefore(),
                entry.stageAfter(),
                entry.details(),
                entry.previousHash());
        try {
            // A JSON array keeps field boundaries unambiguous, nulls included.
            byte[] canonical = CANONICAL.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash timeline entry " + entry.messageId(), e);
        }
    }

    /**
     * The first sequence number at which the chain, read in sequence order, does not hold (a gap, a wrong link or
     * a hash that does not match its content), or null when it holds up to the recorded head.
     */
    static Integer firstBreak(UUID assignmentId, List<TimelineEntry> bySeq, int recordedLength, String recordedHead) {
        String previous = GENESIS;
        int expectedSeq = 1;
        for (TimelineEntry entry : bySeq) {
            if (entry.seq() != expectedSeq || !entry.previousHash().equals(previous)
                    || !entry.hash().equals(hash(assignmentId, entry))) {
                return expectedSeq;
            }
            previous = entry.hash();
            expectedSeq++;
        }
        // A removed last entry leaves a chain that holds by itself but is shorter than its recorded head.
        if (bySeq.size() != recordedLength || !previous.equals(recordedHead)) {
            return expectedSeq;
        }
        return null;
    }
}
