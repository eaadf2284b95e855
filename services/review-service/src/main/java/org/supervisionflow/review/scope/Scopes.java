package org.supervisionflow.review.scope;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.AssignedIndicator;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.platform.messaging.UnreadableMessageException;

/** Records what each issued assignment asks for and answers it to the reviews. */
@Service
public class Scopes {

    private static final Logger log = LoggerFactory.getLogger(Scopes.class);

    private final AssignmentScopes scopes;
    private final Clock clock;

    Scopes(AssignmentScopes scopes, Clock clock) {
        this.scopes = scopes;
        this.clock = clock;
    }

    /**
     * Keeps the scope of a newly issued assignment; a second event for the same assignment changes nothing.
     *
     * @throws UnreadableMessageException if the event lacks its scope: no retry can complete it
     */
    @Transactional
    public void record(AssignmentIssued issued) {
        AssignmentScope scope = issued.scope();
        if (scope == null || scope.indicators() == null || scope.departmentCode() == null) {
            throw new UnreadableMessageException("AssignmentIssued " + issued.id() + " lacks its scope", null);
        }
        ReviewScope reviewScope = new ReviewScope(issued.assignmentId(), scope.campaignId(), scope.campaignTitle(),
                scope.period(), scope.departmentCode(), scope.departmentName(), scope.indicators().stream()
                        .map(Scopes::scoped)
                        .toList());
        if (scopes.addIfAbsent(reviewScope, clock.instant())) {
            log.info("Recorded the scope of assignment {} ({} indicators)", issued.assignmentId(),
                    reviewScope.indicators().size());
        }
    }

    /** The scope of an assignment, once its {@code AssignmentIssued} has arrived. */
    @Transactional(readOnly = true)
    public Optional<ReviewScope> of(UUID assignmentId) {
        return scopes.find(assignmentId);
    }

    /**
     * The indicators a campaign assigned, from its issued assignments (each indicator once); empty when no
     * assignment of the campaign has been issued.
     */
    @Transactional(readOnly = true)
    public List<ScopedIndicator> indicatorsOfCampaign(UUID campaignId) {
        return scopes.indicatorsOfCampaign(campaignId);
    }

    private static ScopedIndicator scoped(AssignedIndicator indicator) {
        return new ScopedIndicator(indicator.indicatorId(), indicator.code(), indicator.aspectTitle(), indicator.title(),
                indicator.maxPoints(), indicator.metrics());
    }
}
