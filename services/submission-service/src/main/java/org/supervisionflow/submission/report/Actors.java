package org.supervisionflow.submission.report;

import org.supervisionflow.contracts.Actor;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.platform.security.Role;

/** Turns the caller into the {@link Actor} that events and the history show, in the role they acted in. */
public final class Actors {

    private Actors() {
    }

    /** The caller acting as {@code role}. */
    public static Actor of(CurrentUser user, Role role) {
        return new Actor(user.userId(), user.username(), user.displayName(), role.realmRole(), user.departmentCode());
    }

    /** The caller as a drafter: a submitter, or a leader who edits the draft themselves. */
    public static Actor drafter(CurrentUser user) {
        return of(user, user.has(Role.DEPT_SUBMITTER) ? Role.DEPT_SUBMITTER : Role.DEPT_LEADER);
    }
}
