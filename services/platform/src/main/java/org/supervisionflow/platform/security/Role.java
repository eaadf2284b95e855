package org.supervisionflow.platform.security;

import java.util.Arrays;
import java.util.Optional;

/** The Keycloak realm roles of DOMAIN.md. */
public enum Role {
    OFFICE_ADMIN("office-admin", true),
    AUDITOR("auditor", true),
    VIEWER("viewer", true),
    DEPT_SUBMITTER("dept-submitter", false),
    DEPT_LEADER("dept-leader", false);

    /** For {@code @PreAuthorize}: Spring authorities are {@code ROLE_} + the realm role name. */
    public static final String OFFICE_ADMIN_AUTHORITY = "ROLE_office-admin";

    private final String realmRole;
    private final boolean seesEveryDepartment;

    Role(String realmRole, boolean seesEveryDepartment) {
        this.realmRole = realmRole;
        this.seesEveryDepartment = seesEveryDepartment;
    }

    public String realmRole() {
        return realmRole;
    }

    public String authority() {
        return "ROLE_" + realmRole;
    }

    /** Office roles see every department; department roles only their own. */
    public boolean seesEveryDepartment() {
        return seesEveryDepartment;
    }

    public static Optional<Role> ofRealmRole(String name) {
        return Arrays.stream(values()).filter(role -> role.realmRole.equals(name)).findFirst();
    }
}
