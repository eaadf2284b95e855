package org.supervisionflow.review.finding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.assignment.ExtensionGranted;
import org.supervisionflow.platform.messaging.UnreadableMessageException;
import org.supervisionflow.platform.security.CurrentUser;

/** Issues findings with their notice numbers, reads them for a caller, and moves them through their statuses. */
@Service
public class Findings {

    private static final Logger log = LoggerFactory.getLogger(Findings.class);

    private final FindingStore findings;
    private final NoticeNumbers noticeNumbers;
    private final Clock clock;

    Findings(FindingStore findings, NoticeNumbers noticeNumbers, Clock clock) {
        this.findings = findings;
        this.noticeNumbers = noticeNumbers;
        this.clock = clock;
    }

    /**
     * Issues the drafted findings of a decision, numbered in order within the offices' current year. Runs in the
     * deciding transaction, so a failed decision issues nothing.
     */
    @Transactional
    public List<Finding> issue(IssuedIn review, List<FindingDraft> drafts) {
        int year = LocalDate.ofInstant(review.issuedAt(), clock.getZone()).getYear();
        return drafts.stream().map(draft -> {
            Finding finding = new Finding(UUID.randomUUID(), noticeNumbers.next(year), review.reviewId(),
                    review.assignmentId(), review.reportId(), review.reportVersion(), review.campaignTitle(),
                    review.departmentCode(), review.departmentName(), draft.indicatorId(), draft.indicatorCode(),
                    draft.indicatorTitle(), draft.severity(), draft.description(), draft.requiredMeasures(),
                    draft.deadline(), draft.deadline(), null, FindingStatus.OPEN, review.issuedAt(), null);
            findings.add(finding);
            return finding;
        }).toList();
    }

    /** The findings a review issued; callers have checked that the review is visible. */
    @Transactional(readOnly = true)
    public List<Finding> ofReview(UUID reviewId) {
        return findings.list(Optional.empty(), Optional.empty(), Optional.of(reviewId), Optional.empty());
    }

    /** The findings the caller may see, optionally of one assignment and in one status, by notice number. */
    @Transactional(readOnly = true)
    public List<Finding> list(Optional<UUID> assignmentId, Optional<FindingStatus> status, CurrentUser user) {
        return findings.list(user.departmentScope(), assignmentId, Optional.empty(), status);
    }

    /** A finding, if the caller may see it. */
    @Transactional(readOnly = true)
    public Optional<Finding> find(UUID id, CurrentUser user) {
        return findings.find(id, user.departmentScope());
    }

    /** A finding locked until the transaction ends, for a change of its status. */
    @Transactional
    public Optional<Finding> lock(UUID id) {
        return findings.findForUpdate(id);
    }

    /** Moves a finding to a new status (closing stamps the time); the caller holds its lock and checked the move. */
    @Transactional
    public void changeStatus(UUID id, FindingStatus status) {
        findings.changeStatus(id, status, clock.instant());
    }

    /**
     * The office granted an extension of a finding's rectification: its deadline becomes the new due date. A grant
     * older than one applied already changes nothing, so grants arriving out of order leave the latest date; a closed
     * finding keeps the deadline it was closed under.
     *
     * @throws UnreadableMessageException for a finding this service never issued: no retry can help
     */
    @Transactional
    public void extend(ExtensionGranted granted) {
        if (granted.findingId() == null) {
            return; // the report's own due date: submission-service and the engine keep it
        }
        if (granted.newDueDate() == null) {
            throw new UnreadableMessageException("ExtensionGranted " + granted.id() + " lacks its new due date", null);
        }
        Finding finding = findings.findForUpdate(granted.findingId()).orElseThrow(() -> new UnreadableMessageException(
                "ExtensionGranted " + granted.id() + " names finding " + granted.findingId() + ", which was never issued",
                null));
        if (finding.status() == FindingStatus.CLOSED) {
            log.info("Finding {} is closed; ExtensionGranted {} changes nothing", finding.id(), granted.id());
        } else if (findings.moveDeadline(finding.id(), granted.newDueDate(), granted.occurredAt())) {
            log.info("Finding {} is now due {} (ExtensionGranted {})", finding.id(), granted.newDueDate(), granted.id());
        } else {
            log.info("Finding {} has a later extension already; ExtensionGranted {} changes nothing", finding.id(),
                    granted.id());
        }
    }

    /** The offices' zone, in which deadlines are calendar days. */
    public ZoneId zone() {
        return clock.getZone();
    }
}
