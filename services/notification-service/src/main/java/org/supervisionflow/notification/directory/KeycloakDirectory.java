package org.supervisionflow.notification.directory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.supervisionflow.platform.security.Role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Reads the realm's people through Keycloak's admin REST API with the service account of
 * {@code supervision-notifications}: the users (with email and the {@code phone} attribute), then for each user their
 * effective realm roles and their groups, the department being the group {@code /departments/<code>}. Asking per user
 * needs only view-users, where listing a role's members would need the realm's view rights as well; a realm of a
 * city's departments has hundreds of users, which a refresh every few minutes reads easily.
 */
class KeycloakDirectory {

    private static final int PAGE = 200;
    private static final String DEPARTMENTS = "/departments/";

    private final RestClient http;
    private final DirectoryProperties properties;
    private final String adminBase;

    KeycloakDirectory(RestClient.Builder http, DirectoryProperties properties) {
        this.http = http.build();
        this.properties = properties;
        String issuer = properties.issuerUri().replaceAll("/+$", "");
        // The issuer is <base>/realms/<realm>; the admin API of the same realm is <base>/admin/realms/<realm>.
        this.adminBase = issuer.replace("/realms/", "/admin/realms/");
    }

    /** Everyone enabled in the realm with at least one of our roles. */
    List<Person> read() {
        String token = token();
        List<JsonNode> users = new ArrayList<>();
        pages(token, "/users?briefRepresentation=false", users::add);
        List<Person> people = new ArrayList<>();
        for (JsonNode user : users) {
            if (!user.path("enabled").asBoolean(true)) {
                continue;
            }
            String id = user.path("id").asText();
            Set<Role> roles = EnumSet.noneOf(Role.class);
            get(token, "/users/" + id + "/role-mappings/realm/composite").forEach(role -> Role
                    .ofRealmRole(role.path("name").asText()).ifPresent(roles::add));
            if (roles.isEmpty()) {
                continue;
            }
            List<String> groups = new ArrayList<>();
            pages(token, "/users/" + id + "/groups?briefRepresentation=true", group -> groups.add(group.path("path").asText()));
            people.add(person(user, roles, departmentOf(groups)));
        }
        return people;
    }

    /** A Keycloak UserRepresentation as a person: the Chinese name is family name then given name. */
    static Person person(JsonNode user, Set<Role> roles, String departmentCode) {
        String name = user.path("lastName").asText("") + user.path("firstName").asText("");
        return new Person(user.path("username").asText(), name.isBlank() ? user.path("username").asText() : name,
                text(user.path("email")), text(user.path("attributes").path("phone").path(0)), departmentCode, roles);
    }

    /** The department of a user in these groups: the code of the first group {@code /departments/<code>}, or null. */
    static String departmentOf(List<String> groupPaths) {
        return groupPaths.stream()
                .filter(path -> path.startsWith(DEPARTMENTS) && path.length() > DEPARTMENTS.length())
                .map(path -> path.substring(DEPARTMENTS.length()))
                .findFirst()
                .orElse(null);
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }

    private JsonNode get(String token, String path) {
        JsonNode body = http.get()
                .uri(adminBase + path)
                .headers(headers -> headers.setBearerAuth(token))
                .retrieve()
                .body(JsonNode.class);
        return body == null ? JsonNodeFactory.instance.arrayNode() : body;
    }

    private void pages(String token, String path, Consumer<JsonNode> each) {
        for (int first = 0;; first += PAGE) {
            JsonNode page = get(token, path + (path.contains("?") ? "&" : "?") + "first=" + first + "&max=" + PAGE);
            if (!page.isArray()) {
                return;
            }
            page.forEach(each);
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private String token() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", properties.clientId());
        form.add("client_secret", properties.clientSecret());
        JsonNode response = http.post()
                .uri(properties.issuerUri().replaceAll("/+$", "") + "/protocol/openid-connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(JsonNode.class);
        if (response == null || !response.hasNonNull("access_token")) {
            throw new IllegalStateException("Keycloak issued no access token to " + properties.clientId());
        }
        return response.get("access_token").asText();
    }
}
