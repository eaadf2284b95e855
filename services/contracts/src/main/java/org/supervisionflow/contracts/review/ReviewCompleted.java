package org.supervisionflow.contracts.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.contracts.ReturnReason;
import org.supervisionflow.contracts.ReviewDecision;

/**
 * An auditor decided on one version of a report: its total score out of {@code maxScore}, and either accepted it
 * (with findings to rectify, or none) or returned it with reasons. The workflow engine derives the grade;
 * {@code vetoed} (一票否决: a scoring rule's veto applied) makes it 不合格 whatever the total.
 */
public record ReviewCompleted(
        UUID id,
        UUID assignmentId,
        Instant occurredAt,
        UUID reviewId,
        int reportVersion,
        ReviewDecision decision,
        BigDecimal totalScore,
        BigDecimal maxScore,
        List<ReturnReason> returnReasons,
        List<FindingNotice> findings,
        Actor auditor,
        boolean vetoed) implements ReviewEvent {

    /** A decision without a veto (what messages from before the veto carry: the flag reads false). */
    public ReviewCompleted(UUID id, UUID assignmentId, Instant occurredAt, UUID reviewId, int reportVersion,
            ReviewDecision decision, BigDecimal totalScore, BigDecimal maxScore, List<ReturnReason> returnReasons,
            List<FindingNotice> findings, Actor auditor) {
        this(id, assignmentId, occurredAt, reviewId, reportVersion, decision, totalScore, maxScore, returnReasons,
                findings, auditor, false);
    }
}
