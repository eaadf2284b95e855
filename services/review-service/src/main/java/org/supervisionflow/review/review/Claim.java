package org.supervisionflow.review.review;

import java.time.Instant;

import org.supervisionflow.contracts.Actor;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.platform.security.Role;

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
        return new Actor(userId, username, displayName, Role.AUDITOR.realmRole(), null);
    }

    /**
     * An office user acting on a claim as events show them: an auditor, or the office-admin who freed a forgotten
     * claim (office users belong to no department).
     */
    static Actor actor(CurrentUser user) {
        Role role = user.has(Role.AUDITOR) ? Role.AUDITOR : Role.OFFICE_ADMIN;
        return new Actor(user.userId(), user.username(), user.displayName(), role.realmRole(), null);
    }
}
