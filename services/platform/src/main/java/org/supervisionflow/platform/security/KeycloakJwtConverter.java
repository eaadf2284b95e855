package org.supervisionflow.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Turns a Keycloak access token into authorities ({@code realm_access.roles}) and a {@link CurrentUser}. */
public class KeycloakJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String DEPARTMENT_CLAIM = "department";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<Role> roles = realmRoles(jwt);
        Collection<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new JwtAuthenticationToken(jwt, authorities, jwt.getClaimAsString("preferred_username"));
    }

    /** Reads the caller from a token this converter accepted. */
    public static CurrentUser currentUser(Jwt jwt) {
        String username = jwt.getClaimAsString("preferred_username");
        return new CurrentUser(jwt.getSubject(), username, displayName(jwt, username), realmRoles(jwt), departmentOf(jwt));
    }

    /** Chinese order, family name first and no space (李娜); Keycloak's own {@code name} claim is "given family". */
    private static String displayName(Jwt jwt, String username) {
        String family = jwt.getClaimAsString("family_name");
        String given = jwt.getClaimAsString("given_name");
        if (family != null || given != null) {
            return Objects.toString(family, "") + Objects.toString(given, "");
        }
        return Objects.requireNonNullElse(jwt.getClaimAsString("name"), username);
    }

    private static Set<Role> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof List<?> names)) {
            return Set.of();
        }
        return names.stream()
                .map(String::valueOf)
                .flatMap(name -> Role.ofRealmRole(name).stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String departmentOf(Jwt jwt) {
        // Keycloak's attribute mapper gives a string, or a list when the user sits in several groups.
        Object claim = jwt.getClaim(DEPARTMENT_CLAIM);
        if (claim instanceof Collection<?> values) {
            return values.size() == 1 ? String.valueOf(values.iterator().next()) : null;
        }
        return claim == null ? null : claim.toString();
    }
}
