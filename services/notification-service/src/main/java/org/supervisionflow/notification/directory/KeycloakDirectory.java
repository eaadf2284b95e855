package org.supervisionflow.notification.directory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.supervisionflow.platform.security.Role;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the realm's people through Keycloak's admin REST API with the service account of
 * {@code supervision-notifications} (view-users, query-users, query-groups): users with email and the {@code phone}
 * attribute, the members of each realm role, and the members of each department group {@code /departments/<code>}.
 */
class KeycloakDirectory {

    private static final int PAGE = 200;
    private static final String DEPARTMENTS_GROUP = "departments";

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
        Map<String, JsonNode> users = new HashMap<>();
        pages(token, "/users?briefRepresentation=false", user -> users.put(user.path("username").asText(), user));
        Map<String, Set<Role>> roles = new HashMap<>();
        for (Role role : Role.values()) {
            pages(token, "/roles/" + role.realmRole() + "/users?briefRepresentation=true", user -> roles
                    .computeIfAbsent(user.path("username").asText(), name -> EnumSet.noneOf(Role.class)).add(role));
        }
        Map<String, String> departments = new HashMap<>();
        for (JsonNode department : departmentGroups(token)) {
            String code = department.path("attributes").path("department").path(0).asText(department.path("name").asText());
            pages(token, "/groups/" + department.path("id").asText() + "/members?briefRepresentation=true",
                    member -> departments.put(member.path("username").asText(), code));
        }
        List<Person> people = new ArrayList<>();
        users.forEach((username, user) -> {
            Set<Role> own = roles.get(username);
            if (own != null && user.path("enabled").asBoolean(true)) {
                people.add(person(user, own, departments.get(username)));
            }
        });
        return people;
    }

    /** A Keycloak UserRepresentation as a person: the Chinese name is family name then given name. */
    static Person person(JsonNode user, Set<Role> roles, String departmentCode) {
        String name = user.path("lastName").asText("") + user.path("firstName").asText("");
        return new Person(user.path("username").asText(), name.isBlank() ? user.path("username").asText() : name,
                text(user.path("email")), text(user.path("attributes").path("phone").path(0)), departmentCode, roles);
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }

    private List<JsonNode> departmentGroups(String token) {
        List<JsonNode> parents = new ArrayList<>();
        pages(token, "/groups?exact=true&search=" + DEPARTMENTS_GROUP, group -> {
            if (DEPARTMENTS_GROUP.equals(group.path("name").asText())) {
                parents.add(group);
            }
        });
        List<JsonNode> departments = new ArrayList<>();
        for (JsonNode parent : parents) {
            pages(token, "/groups/" + parent.path("id").asText() + "/children?briefRepresentation=false", departments::add);
        }
        return departments;
    }

    private void pages(String token, String path, Consumer<JsonNode> each) {
        for (int first = 0;; first += PAGE) {
            JsonNode page = http.get()
                    .uri(adminBase + path + (path.contains("?") ? "&" : "?") + "first=" + first + "&max=" + PAGE)
                    .headers(headers -> headers.setBearerAuth(token))
                    .retrieve()
                    .body(JsonNode.class);
            if (page == null || !page.isArray()) {
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
