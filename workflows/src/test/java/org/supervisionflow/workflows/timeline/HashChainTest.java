package org.supervisionflow.workflows.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.platform.problem.Text;

class HashChainTest {

    private static final UUID ASSIGNMENT = UUID.randomUUID();
    private static final Actor LEADER = new Actor("u-2", "minzheng-leader", "李局长", "dept-leader", "minzheng");

    @Test
    void aChainBuiltEntryByEntryHolds() {
        List<TimelineEntry> chain = chain(3);

        assertThat(HashChain.firstBreak(ASSIGNMENT, chain, 3, chain.getLast().hash())).isNull();
    }

    @Test
    void changingAnyStoredFieldBreaksTheChainAtThatEntry() {
        List<TimelineEntry> chain = new ArrayList<>(chain(3));
        TimelineEntry second = chain.get(1);
        chain.set(1, new TimelineEntry(second.seq(), second.messageId(), second.type(), second.kind(), second.source(),
                second.occurredAt(), second.recordedAt(), second.departmentCode(),
                new Actor("u-9", "someone-else", "赵某", "dept-leader", "minzheng"), second.summary(),
                second.reportId(), second.reportVersion(), second.stageBefore(), second.stageAfter(), second.details(),
                second.previousHash(), second.hash()));

        assertThat(HashChain.firstBreak(ASSIGNMENT, chain, 3, chain.getLast().hash())).isEqualTo(2);
    }

    @Test
    void aRemovedEntryBreaksTheChainWhereItWasMissing() {
        List<TimelineEntry> chain = chain(3);

        assertThat(HashChain.firstBreak(ASSIGNMENT, List.of(chain.get(0), chain.get(2)), 3, chain.getLast().hash()))
                .isEqualTo(2);
        assertThat(HashChain.firstBreak(ASSIGNMENT, chain.subList(0, 2), 3, chain.getLast().hash())).isEqualTo(3);
    }

    @Test
    void anEntryMovedToAnotherAssignmentNoLongerMatchesItsHash() {
        List<TimelineEntry> chain = chain(1);

        assertThat(HashChain.firstBreak(UUID.randomUUID(), chain, 1, chain.getLast().hash())).isEqualTo(1);
    }

    private static List<TimelineEntry> chain(int length) {
        List<TimelineEntry> entries = new ArrayList<>();
        String previous = HashChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            TimelineEntry unhashed = new TimelineEntry(seq, UUID.randomUUID(), "ReportSubmitted", EntryKind.EVENT,
                    "submission-service", Instant.parse("2026-03-01T08:00:00Z").plusSeconds(seq),
                    Instant.parse("2026-03-01T08:00:01Z").plusSeconds(seq), null, LEADER,
                    Text.of("报告第 " + seq + " 版报送", "Report version " + seq + " submitted"), UUID.randomUUID(), seq,
                    null, null, "{\"version\":" + seq + "}", previous, null);
            String hash = HashChain.hash(ASSIGNMENT, unhashed);
            entries.add(new TimelineEntry(unhashed.seq(), unhashed.messageId(), unhashed.type(), unhashed.kind(),
                    unhashed.source(), unhashed.occurredAt(), unhashed.recordedAt(), unhashed.departmentCode(),
                    unhashed.actor(), unhashed.summary(), unhashed.reportId(), unhashed.reportVersion(),
                    unhashed.stageBefore(), unhashed.stageAfter(), unhashed.details(), previous, hash));
            previous = hash;
        }
        return entries;
    }
}
