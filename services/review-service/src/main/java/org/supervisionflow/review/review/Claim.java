package org.supervisionflow.review.review;

import java.time.Instant;

import org.supervisionflow.contracts.Actor;
import org.supervisionflow.platform.security.CurrentUser;

/** Which auditor holds a review, since when. */
public record Claim(String userId, String username, String displayName, Instant claimedAt) {

    static Claim by(CurrentUser user, Instant at) {
        return new Claim(user.userId(), user.username(), user.displayName(), at);
    }

    boolean heldBy(CurrentUser user) {
        return userId.equals(user.userId());
    }

    /** The auditor as events show them; auditors belong to the office, so no department. */
    Actor asAuditor() {
        return new Actor(userId, username, displayName, "auditor", null);
    }
}
