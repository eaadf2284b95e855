package org.supervisionflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class KeycloakJwtConverterTest {

    @Test
    void readsRolesDepartmentAndAChineseOrderedName() {
        Jwt jwt = keycloakToken(Map.of("name", "娜 李", "family_name", "李", "given_name", "娜",
                "realm_access", Map.of("roles", List.of("dept-submitter", "offline_access")), "department", "sifa"));

        CurrentUser user = KeycloakJwtConverter.currentUser(jwt);

        assertThat(user.displayName()).isEqualTo("李娜");
        assertThat(user.roles()).containsExactly(Role.DEPT_SUBMITTER);
        assertThat(user.departmentScope()).contains("sifa");
        assertThat(new KeycloakJwtConverter().convert(jwt).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_dept-submitter");
    }

    @Test
    void officeRolesSeeEveryDepartment() {
        CurrentUser auditor = KeycloakJwtConverter.currentUser(keycloakToken(Map.of("realm_access", Map.of("roles", List.of("auditor")))));

        assertThat(auditor.departmentScope()).isEmpty();
        assertThat(auditor.canSee("minzheng")).isTrue();
        assertThat(auditor.displayName()).isEqualTo("someone");
    }

    @Test
    void aDepartmentUserWithoutDepartmentSeesNothing() {
        CurrentUser stray = KeycloakJwtConverter.currentUser(keycloakToken(Map.of("realm_access", Map.of("roles", List.of("dept-leader")))));

        assertThat(stray.departmentScope()).contains("");
        assertThat(stray.canSee("minzheng")).isFalse();
    }

    @Test
    void aUserInTwoDepartmentsIsInNone() {
        CurrentUser ambiguous = KeycloakJwtConverter.currentUser(keycloakToken(Map.of(
                "realm_access", Map.of("roles", List.of("dept-submitter")), "department", List.of("sifa", "minzheng"))));

        assertThat(ambiguous.canSee("sifa")).isFalse();
        assertThat(ambiguous.canSee("minzheng")).isFalse();
    }

    private static Jwt keycloakToken(Map<String, Object> claims) {
        return Jwt.withTokenValue("token").header("alg", "RS256").subject("u-1").claim("preferred_username", "someone")
                .claims(all -> all.putAll(claims)).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    }
}
