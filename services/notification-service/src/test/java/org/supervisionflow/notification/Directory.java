package org.supervisionflow.notification;

import java.time.Instant;
import java.util.Set;

import org.supervisionflow.notification.directory.People;
import org.supervisionflow.notification.directory.Person;
import org.supervisionflow.platform.security.Role;

/**
 * Test data for the directory, shaped like the realm's demo users (the usernames of {@code TestTokens}): email
 * {@code <username>@supervision.local}, a phone number, department roles in minzheng, sifa and shichang.
 */
final class Directory {

    private Directory() {
    }

    static void fill(People people) {
        save(people, "admin", "周立新", null, Role.OFFICE_ADMIN, "13800000001");
        save(people, "auditor", "陈静", null, Role.AUDITOR, "13800000002");
        save(people, "viewer", "刘建国", null, Role.VIEWER, "13800000003");
        int phone = 10;
        for (String department : new String[] {"minzheng", "sifa", "shichang"}) {
            save(people, "submitter-" + department, "填报员" + department, department, Role.DEPT_SUBMITTER,
                    "138000000" + phone++);
            save(people, "leader-" + department, "负责人" + department, department, Role.DEPT_LEADER, "138000000" + phone++);
        }
    }

    static String email(String username) {
        return username + "@supervision.local";
    }

    private static void save(People people, String username, String name, String department, Role role, String phone) {
        people.save(new Person(username, name, email(username), phone, department, Set.of(role)), Instant.now());
    }
}
