package org.supervisionflow.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * The person behind a request, read from their Keycloak access token. Controllers take it as a
 * parameter; queries use {@link #departmentScope()} so that isolation is enforced in the data access.
 */
public record CurrentUser(String userId, String username, String displayName, Set<Role> roles, String departmentCode) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True for office-admin, auditor and viewer: they see every department. */
    public boolean seesEveryDepartment() {
        return roles.stream().anyMatch(Role::seesEveryDepartment);
    }

    /**
     * The department a query must be limited to, or empty when the caller sees every department. A
     * department user without a department claim is limited to a department that matches nothing.
     */
    public Optional<String> departmentScope() {
        if (seesEveryDepartment()) {
            return Optional.empty();
        }
        return Optional.of(departmentCode == null ? "" : departmentCode);
    }

    /** Whether the caller may see an object of the given department. */
    public boolean canSee(String objectDepartmentCode) {
        return departmentScope().map(own -> own.equals(objectDepartmentCode)).orElse(true);
    }
}
