package org.supervisionflow.assignment.assignment;

import org.supervisionflow.contracts.Actor;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.platform.security.Role;

/** The office user behind a decision, as events and the history show them. */
public final class Actors {

    private Actors() {
    }

    /** The caller acting as the office's administrator (office roles belong to no department). */
    public static Actor officeAdmin(CurrentUser user) {
        return new Actor(user.userId(), user.username(), user.displayName(), Role.OFFICE_ADMIN.realmRole(),
                user.departmentCode());
    }
}
