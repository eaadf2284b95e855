package org.supervisionflow.review.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.VerificationOutcome;
import org.supervisionflow.contracts.command.OpenVerification;
import org.supervisionflow.contracts.review.FindingVerified;
import org.supervisionflow.platform.messaging.UnreadableMessageException;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.review.finding.Finding;
import org.supervisionflow.review.finding.FindingStatus;
import org.supervisionflow.review.finding.Findings;
import org.supervisionflow.platform.problem.Violations;

/** Puts rectification answers before the auditors and records their verification. */
@Service
public class Verifications {

    private static final Logger log = LoggerFactory.getLogger(Verifications.class);
    private static final Text FINDING = Text.of("问题", "Finding");

    private final VerificationStore verifications;
    private final Findings findings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Verifications(VerificationStore verifications, Findings findings, ApplicationEventPublisher events, Clock clock) {
        this.verifications = verifications;
        this.findings = findings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Puts the answer before the auditors and marks the finding answered. An answer seen before, an answer older
     * than one seen before, and an answer to a closed finding change nothing.
     *
     * @throws UnreadableMessageException for a finding this service never issued: no retry can help
     */
    @Transactional
    public void open(OpenVerification command) {
        Finding finding = findings.lock(command.findingId()).orElseThrow(() -> new UnreadableMessageException(
                "OpenVerification " + command.id() + " names finding " + command.findingId() + ", which was never issued",
                null));
        if (finding.status() == FindingStatus.CLOSED) {
            log.info("Finding {} is closed; OpenVerification {} changes nothing", finding.id(), command.id());
            return;
        }
        List<Verification> earlier = verifications.ofFinding(finding.id());
        if (earlier.stream().anyMatch(seen -> seen.answerId().equals(command.answerId())
                || seen.answerVersion() >= command.answerVersion())) {
            log.info("Finding {} has answer {} or a later one already; OpenVerification {} changes nothing",
                    finding.id(), command.answerVersion(), command.id());
            return;
        }
        verifications.pending(finding.id()).ifPresent(older -> verifications.supersede(older.id()));
        verifications.add(new Verification(UUID.randomUUID(), finding.id(), finding.assignmentId(), command.answerId(),
                command.answerVersion(), VerificationStatus.PENDING, clock.instant(), null, null, null, null));
        findings.changeStatus(finding.id(), FindingStatus.ANSWERED);
        log.info("Answer {} (version {}) to finding {} awaits verification", command.answerId(),
                command.answerVersion(), finding.noticeNumber());
    }

    /**
     * The auditor closes the finding (销号) or sends the answer back with a reason; publishes {@link FindingVerified}.
     */
    @Transactional
    public Verification verify(UUID findingId, VerificationOutcome outcome, String reason, CurrentUser auditor) {
        Finding finding = findings.find(findingId, auditor).flatMap(visible -> findings.lock(visible.id()))
                .orElseThrow(() -> ProblemException.notFound(FINDING, findingId));
        Verification pending = verifications.pending(finding.id()).orElseThrow(() -> ProblemException.conflict(
                "no-answer-to-verify", Text.of("该问题没有待核验的整改材料", "This finding has no answer awaiting verification")));
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        if (outcome == VerificationOutcome.REJECTED && given == null) {
            throw Violations.single("reason-required", "reason", Text.of("退回整改须说明理由", "Sending an answer back needs a reason"));
        }
        Instant now = clock.instant();
        Actor actor = new Actor(auditor.userId(), auditor.username(), auditor.displayName(), "auditor", null);
        verifications.conclude(pending.id(), outcome == VerificationOutcome.CLOSED ? VerificationStatus.CLOSED
                : VerificationStatus.REJECTED, given, actor, now);
        findings.changeStatus(finding.id(), outcome == VerificationOutcome.CLOSED ? FindingStatus.CLOSED : FindingStatus.OPEN);
        events.publishEvent(new FindingVerified(UUID.randomUUID(), finding.assignmentId(), now, finding.id(),
                pending.answerId(), outcome, given, actor));
        log.info("Finding {} verified: {}", finding.noticeNumber(), outcome);
        return verifications.ofFinding(finding.id()).stream().filter(v -> v.id().equals(pending.id())).findFirst()
                .orElseThrow();
    }

    /** Every answer to a finding the caller may see, and what became of it. */
    @Transactional(readOnly = true)
    public Optional<List<Verification>> ofFinding(UUID findingId, CurrentUser user) {
        return findings.find(findingId, user).map(finding -> verifications.ofFinding(finding.id()));
    }
}
