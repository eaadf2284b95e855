package org.supervisionflow.review.review;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.command.CloseReport;
import org.supervisionflow.contracts.command.OpenReview;
import org.supervisionflow.contracts.workflow.ReportGraded;
import org.supervisionflow.contracts.review.ReviewClaimed;
import org.supervisionflow.contracts.review.ReviewReleased;
import org.supervisionflow.platform.messaging.UnreadableMessageException;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.review.scope.ReviewScope;
import org.supervisionflow.review.scope.Scopes;
import org.supervisionflow.review.scoring.ScoringRules;

/**
 * The auditors' review queue: opening a review per submitted version, listing, reading, claiming and releasing, and
 * what the workflow engine says about reviews (withdrawal, grade).
 */
@Service
public class ReviewQueue {

    static final Text REVIEW = Text.of("审核", "Review");

    private static final Logger log = LoggerFactory.getLogger(ReviewQueue.class);

    private final ReviewStore reviews;
    private final Scopes scopes;
    private final ScoringRules scoringRules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewQueue(ReviewStore reviews, Scopes scopes, ScoringRules scoringRules, ApplicationEventPublisher events,
            Clock clock) {
        this.reviews = reviews;
        this.scopes = scopes;
        this.scoringRules = scoringRules;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Queues the submitted version for review, with the assignment's indicators and the campaign's scoring rule
     * version in force now. A version that has its review
     * already, or that a later version overtook, changes nothing.
     *
     * @throws ScopeNotYetKnownException if the assignment's {@code AssignmentIssued} has not arrived yet
     * @throws UnreadableMessageException if the command names no report version
     */
    @Transactional
    public Optional<Review> open(OpenReview command) {
        if (command.reportId() == null || command.reportVersion() < 1) {
            // Retrying cannot complete it: straight to the dead-letter topic.
            throw new UnreadableMessageException("OpenReview " + command.id() + " lacks its report or version", null);
        }
        ReviewScope scope = scopes.of(command.assignmentId())
                .orElseThrow(() -> new ScopeNotYetKnownException(command.assignmentId(), command.id()));
        Review review = Review.open(command, scope, scoringRules.versionInForce(scope.campaignId()).orElse(null),
                clock.instant());
        if (!reviews.addIfNewest(review)) {
            log.info("Report {} version {} has its review (or a later one) already; OpenReview {} changes nothing",
                    command.reportId(), command.reportVersion(), command.id());
            return Optional.empty();
        }
        log.info("Opened review {} of report {} version {} ({})", review.id(), review.reportId(),
                review.reportVersion(), review.departmentCode());
        return Optional.of(review);
    }

    /** The queue as an office user sees it. */
    @Transactional(readOnly = true)
    public List<ReviewSummary> list(QueueFilter filter, Optional<UUID> assignmentId, CurrentUser user) {
        return reviews.list(filter, user.userId(), assignmentId);
    }

    /** A review, if the caller may see it: office roles every review, department users their decided ones. */
    @Transactional(readOnly = true)
    public Optional<Review> find(UUID id, CurrentUser user) {
        return reviews.find(id, user.departmentScope());
    }

    /**
     * The decided review of the previous version of the same report: a resubmission's reviewer checks it against
     * the reasons the previous version went back for.
     */
    @Transactional(readOnly = true)
    public Optional<Review> previous(Review review) {
        return reviews.findPrevious(review.reportId(), review.reportVersion());
    }

    /** The auditor takes the review; publishes {@link ReviewClaimed} unless they held it already. */
    @Transactional
    public Review claim(UUID id, CurrentUser auditor) {
        Review review = lockedReview(id);
        if (review.claimableBy(auditor)) {
            Claim claim = Claim.by(auditor, clock.instant());
            reviews.claim(id, claim);
            events.publishEvent(new ReviewClaimed(UUID.randomUUID(), review.assignmentId(), claim.claimedAt(), id,
                    review.reportVersion(), claim.asAuditor()));
        }
        return reviews.findForUpdate(id).orElseThrow();
    }

    /** Puts the review back into the unclaimed queue, its scores so far kept; publishes {@link ReviewReleased}. */
    @Transactional
    public Review release(UUID id, CurrentUser user) {
        Review review = lockedReview(id);
        if (review.releasableBy(user)) {
            reviews.release(id);
            events.publishEvent(new ReviewReleased(UUID.randomUUID(), review.assignmentId(), clock.instant(), id,
                    review.reportVersion(), Claim.actor(user)));
        }
        return reviews.findForUpdate(id).orElseThrow();
    }

    /**
     * A withdrawn assignment ({@code CloseReport} with {@code WITHDRAWN}) takes its undecided reviews out of the
     * queue; decided reviews keep their decision. A lifecycle that closed normally has no undecided review left.
     */
    @Transactional
    public void close(CloseReport command) {
        if (command.finalStage() != ReportStage.WITHDRAWN) {
            return;
        }
        int withdrawn = reviews.withdraw(command.assignmentId(), command.reason(), clock.instant());
        log.info("Assignment {} withdrawn: {} undecided review(s) ended", command.assignmentId(), withdrawn);
    }

    /** Shows the grade the workflow engine derived on the decided review it belongs to. */
    @Transactional
    public void grade(ReportGraded graded) {
        if (!reviews.grade(graded.assignmentId(), graded.reportVersion(), graded.grade())) {
            // The engine grades only after our ReviewCompleted, so the review exists; anything else is not ours.
            log.warn("ReportGraded {} names no decided review of assignment {} version {}", graded.id(),
                    graded.assignmentId(), graded.reportVersion());
        }
    }

    Review lockedReview(UUID id) {
        return reviews.findForUpdate(id).orElseThrow(() -> ProblemException.notFound(REVIEW, id));
    }
}
