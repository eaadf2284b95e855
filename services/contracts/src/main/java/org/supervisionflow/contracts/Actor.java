package org.supervisionflow.contracts;

/** Who did something, as the history shows it: name, role and department (null for office roles). */
public record Actor(String userId, String username, String displayName, String role, String departmentCode) {
}
