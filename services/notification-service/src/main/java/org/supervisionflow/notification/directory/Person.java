package org.supervisionflow.notification.directory;

import java.util.Set;

import org.supervisionflow.platform.security.Role;

/** Someone who can be told: their realm roles, their department (null for office roles), email and phone if known. */
public record Person(String username, String displayName, String email, String phone, String departmentCode,
        Set<Role> roles) {

    public Person {
        roles = Set.copyOf(roles);
    }
}
