package org.supervisionflow.assignment.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.DeadlineKind;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.ReviewDecision;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.assignment.AssignmentWithdrawn;
import org.supervisionflow.contracts.assignment.DueDateMoved;
import org.supervisionflow.contracts.review.ReviewCompleted;
import org.supervisionflow.contracts.submission.ReportPublished;
import org.supervisionflow.contracts.workflow.DeadlineApproaching;
import org.supervisionflow.contracts.workflow.DeadlineMissed;
import org.supervisionflow.contracts.workflow.EscalationRaised;
import org.supervisionflow.contracts.workflow.ReportGraded;
import org.supervisionflow.contracts.workflow.StageChanged;
import org.supervisionflow.contracts.workflow.WarningRaised;
import org.supervisionflow.contracts.workflow.WorkflowEvent;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;

/**
 * The use cases of assignments: issue, withdraw and move due dates (their events go through the outbox), read
 * within the caller's department scope, and follow the engine's stage changes, deadline marks and grades and the
 * auditors' review decisions.
 */
@Service
public class Assignments {

    private static final Logger log = LoggerFactory.getLogger(Assignments.class);
    private static final Text ASSIGNMENT = Text.of("督察任务分派", "Assignment");

    private final AssignmentStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assignments(AssignmentStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Issues the scope to its department and publishes {@link AssignmentIssued}; returns the new assignment's id. */
    @Transactional
    public UUID issue(AssignmentScope scope) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        store.insert(id, scope, now);
        events.publishEvent(new AssignmentIssued(UUID.randomUUID(), id, now, scope));
        return id;
    }

    /** Withdraws every issued assignment of the campaign, publishing {@link AssignmentWithdrawn} for each. */
    @Transactional
    public int withdrawCampaign(UUID campaignId, String reason) {
        Instant now = clock.instant();
        List<AssignmentStore.Withdrawn> withdrawn = store.withdrawCampaign(campaignId, reason, now);
        withdrawn.forEach(assignment -> events.publishEvent(new AssignmentWithdrawn(UUID.randomUUID(),
                assignment.assignmentId(), now, assignment.departmentCode(), reason)));
        return withdrawn.size();
    }

    /**
     * Moves every issued assignment of the campaign to the new due date, publishing {@link DueDateMoved} for each
     * whose date changes; their overdue and warning marks belonged to the old date and are cleared.
     */
    @Transactional
    public int moveCampaignDueDate(UUID campaignId, LocalDate dueDate, String reason, CurrentUser user) {
        Instant now = clock.instant();
        Actor movedBy = Actors.officeAdmin(user);
        List<AssignmentStore.Moved> moved = store.moveDueDate(campaignId, null, dueDate);
        moved.forEach(assignment -> events.publishEvent(new DueDateMoved(UUID.randomUUID(), assignment.assignmentId(),
                now, assignment.previousDueDate(), dueDate, reason, movedBy)));
        return moved.size();
    }

    /**
     * Moves one assignment's due date (an extension the office granted), clearing its overdue and warning marks,
     * and returns the date it had; empty if it is not issued.
     */
    @Transactional
    public Optional<LocalDate> moveDueDate(UUID assignmentId, LocalDate dueDate) {
        return store.moveDueDate(null, assignmentId, dueDate).stream().findFirst()
                .map(AssignmentStore.Moved::previousDueDate);
    }

    /** The assignments the caller may see, optionally narrowed to a campaign or a department. */
    @Transactional(readOnly = true)
    public List<AssignmentSummary> list(CurrentUser user, UUID campaignId, String departmentCode) {
        return store.summaries(user.departmentScope().orElse(null), campaignId, departmentCode);
    }

    /** Every assignment of a campaign, for the office's view of it. */
    @Transactional(readOnly = true)
    public List<AssignmentSummary> ofCampaign(UUID campaignId) {
        return store.summaries(null, campaignId, null);
    }

    /** One assignment; another department's answers 404 exactly like a missing one. */
    @Transactional(readOnly = true)
    public Assignment get(CurrentUser user, UUID id) {
        return store.find(user.departmentScope().orElse(null), id)
                .orElseThrow(() -> ProblemException.notFound(ASSIGNMENT, id));
    }

    /**
     * Follows what the engine reports about the report's due date: missed (overdue), a warning raised, an
     * escalation. A mark about a due date that is no longer the assignment's (moved since) is stale and ignored;
     * warnings and escalations only ever rise, so a repeated or late one changes nothing. The grade is kept for the
     * version it graded. Reminders and the review and rectification deadlines are not shown on the assignment.
     */
    @Transactional
    public void recordWorkflowEvent(WorkflowEvent event) {
        switch (event) {
            case StageChanged changed -> recordStage(changed);
            case DeadlineMissed missed when missed.kind() == DeadlineKind.REPORT_SUBMISSION ->
                    mark(missed, store.markOverdue(missed.assignmentId(), missed.dueDate()));
            case WarningRaised warning when warning.kind() == DeadlineKind.REPORT_SUBMISSION ->
                    mark(warning, store.markWarning(warning.assignmentId(), warning.dueDate(), warning.level()));
            case EscalationRaised escalation when escalation.kind() == DeadlineKind.REPORT_SUBMISSION ->
                    mark(escalation, store.markEscalation(escalation.assignmentId(), escalation.dueDate(),
                            escalation.target()));
            case DeadlineMissed other -> log.debug("{} deadline of {} not shown here", other.kind(), other.assignmentId());
            case WarningRaised other -> log.debug("{} warning of {} not shown here", other.kind(), other.assignmentId());
            case EscalationRaised other -> log.debug("{} escalation of {} not shown here", other.kind(),
                    other.assignmentId());
            case DeadlineApproaching reminder -> log.debug("Reminder for {} not shown here", reminder.assignmentId());
            case ReportGraded graded -> {
                if (!store.recordGrade(graded.assignmentId(), graded.reportVersion(), graded.grade(),
                        graded.occurredAt())) {
                    log.info("Ignoring ReportGraded {}: assignment {} unknown, or a later grading is shown",
                            graded.id(), graded.assignmentId());
                }
            }
        }
    }

    /**
     * Shows an auditor's decision on a report version (review-service's {@link ReviewCompleted}) with its score; a
     * returned version's score is not final and is not kept. A decision on an older version than the one shown (a
     * late or replayed message) changes nothing.
     */
    @Transactional
    public void recordReview(ReviewCompleted completed) {
        boolean returned = completed.decision() == ReviewDecision.RETURN;
        if (!store.recordReview(completed.assignmentId(), completed.reportVersion(), completed.decision(),
                returned ? null : completed.totalScore(), returned ? null : completed.maxScore(),
                !returned && completed.vetoed())) {
            log.info("Ignoring ReviewCompleted {} of version {}: assignment {} unknown, or a version as new is shown",
                    completed.id(), completed.reportVersion(), completed.assignmentId());
        }
    }

    /**
     * Records that the department published its annual report (submission-service's {@link ReportPublished}): the
     * first publication stands; one for an assignment not here is logged and dropped.
     */
    @Transactional
    public void recordPublication(ReportPublished published) {
        if (!store.recordPublication(published.assignmentId(), published.publishedOn(), published.reportVersion())) {
            log.info("Ignoring ReportPublished {}: assignment {} unknown here or published already", published.id(),
                    published.assignmentId());
        }
    }

    private static void mark(WorkflowEvent event, boolean applied) {
        if (!applied) {
            log.info("Ignoring {} {}: assignment {} unknown, or its due date moved since", event.getClass().getSimpleName(),
                    event.id(), event.assignmentId());
        }
    }

    /** Follows a stage change the workflow engine reported; an older one than what is shown is kept in history only. */
    private void recordStage(StageChanged changed) {
        if (!store.recordStageChange(changed, clock.instant())) {
            log.warn("Ignoring StageChanged {}: assignment {} unknown here or event already recorded", changed.id(),
                    changed.assignmentId());
            return;
        }
        if (changed.stage() == ReportStage.SUBMITTED) {
            store.recordSubmission(changed.assignmentId(), changed.occurredAt());
        }
        if (!store.moveStage(changed.assignmentId(), changed.stage(), changed.occurredAt())) {
            log.info("StageChanged {} to {} of assignment {} happened before the stage shown; kept in history only",
                    changed.id(), changed.stage(), changed.assignmentId());
        }
    }
}
