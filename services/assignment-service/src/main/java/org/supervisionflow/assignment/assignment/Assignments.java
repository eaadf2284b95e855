package org.supervisionflow.assignment.assignment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.assignment.AssignmentWithdrawn;
import org.supervisionflow.contracts.workflow.StageChanged;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;

/**
 * The use cases of assignments: issue and withdraw (inside the campaign's transaction, their events go through
 * the outbox), read within the caller's department scope, and follow the engine's stage changes.
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

    /** Follows a stage change the workflow engine reported; an older one than what is shown is kept in history only. */
    @Transactional
    public void recordStage(StageChanged changed) {
        if (!store.recordStageChange(changed, clock.instant())) {
            log.warn("Ignoring StageChanged {}: assignment {} unknown here or event already recorded", changed.id(),
                    changed.assignmentId());
            return;
        }
        if (!store.moveStage(changed.assignmentId(), changed.stage(), changed.occurredAt())) {
            log.info("StageChanged {} to {} of assignment {} happened before the stage shown; kept in history only",
                    changed.id(), changed.stage(), changed.assignmentId());
        }
    }
}
