package org.supervisionflow.submission.rectification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/** An answer the department leader approved: numbered, immutable, as the auditors verify it. */
public record RectificationAnswer(UUID id, int number, String measures, Instant submittedAt, Actor submitter,
        Actor approver) {

    /**
     * The id answer {@code number} of a rectification has, fixed before the leader approves it: the events of a
     * round (sent for approval, rejected, submitted) name the same answer, so the history can link them.
     */
    public static UUID idOf(UUID rectificationId, int number) {
        return UUID.nameUUIDFromBytes((rectificationId + "/answer/" + number).getBytes(StandardCharsets.UTF_8));
    }
}
