package org.supervisionflow.notification.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.supervisionflow.platform.security.Role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keycloak's users as people, read from the realm this project imports (its users have the admin API's
 * UserRepresentation shape, group paths as {@code /users/{id}/groups} answers them). The HTTP calls themselves run
 * against the real Keycloak in the whole-stack tests only.
 */
class KeycloakDirectoryTest {

    private static final Path REALM = Path.of("../../deploy/keycloak/src/main/resources/keycloak/supervision-realm.json");

    @Test
    void readsTheRealmsDemoUsersWithNameEmailPhoneRolesAndDepartment() throws IOException {
        Map<String, Person> people = realmPeople();

        assertThat(people.get("minzheng-leader")).satisfies(leader -> {
            assertThat(leader.roles()).containsExactly(Role.DEPT_LEADER);
            assertThat(leader.departmentCode()).isEqualTo("minzheng");
            assertThat(leader.email()).isEqualTo("minzheng-leader@supervision.local");
            assertThat(leader.phone()).matches("1\\d{10}");
            assertThat(leader.displayName()).isNotBlank().doesNotContain("minzheng");
        });
        assertThat(people.get("admin")).satisfies(admin -> {
            assertThat(admin.displayName()).isEqualTo("周立新");
            assertThat(admin.roles()).containsExactly(Role.OFFICE_ADMIN);
            assertThat(admin.departmentCode()).isNull();
        });
        assertThat(people.values()).allSatisfy(person -> {
            assertThat(person.email()).isEqualTo(person.username() + "@supervision.local");
            assertThat(person.phone()).isNotNull();
        });
        assertThat(people).doesNotContainKey("service-account-supervision-notifications");
    }

    @Test
    void takesTheDepartmentFromTheDepartmentsGroupOnly() {
        assertThat(KeycloakDirectory.departmentOf(List.of("/reviewers", "/departments/sifa"))).isEqualTo("sifa");
        assertThat(KeycloakDirectory.departmentOf(List.of("/departments", "/office"))).isNull();
        assertThat(KeycloakDirectory.departmentOf(List.of())).isNull();
    }

    private static Map<String, Person> realmPeople() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(REALM.toFile());
        List<Person> people = new ArrayList<>();
        for (JsonNode user : realm.get("users")) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            user.path("realmRoles").forEach(role -> Role.ofRealmRole(role.asText()).ifPresent(roles::add));
            if (!roles.isEmpty()) {
                List<String> groups = new ArrayList<>();
                user.path("groups").forEach(group -> groups.add(group.asText()));
                people.add(KeycloakDirectory.person(user, roles, KeycloakDirectory.departmentOf(groups)));
            }
        }
        return people.stream().collect(Collectors.toMap(Person::username, person -> person));
    }
}
