package org.supervisionflow.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks the realm export without a Keycloak: the facts the services, the gateway, the local stack and
 * the whole-stack tests rely on. deploy/e2e checks the same realm against the real server.
 */
class SupervisionRealmTest {

    private static final Map<String, String> DEPARTMENTS = Map.of(
            "minzheng", "民政局", "sifa", "司法局", "shichang", "市场监管局", "shengtai", "生态环境局");
    private static final List<String> ROLES = List.of("office-admin", "auditor", "dept-submitter", "dept-leader", "viewer");
    private static final List<String> DEPARTMENT_ROLES = List.of("dept-submitter", "dept-leader");

    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        try (InputStream json = SupervisionRealmTest.class.getResourceAsStream("/keycloak/supervision-realm.json")) {
            assertThat(json).as("keycloak/supervision-realm.json on the classpath").isNotNull();
            realm = new ObjectMapper().readTree(json);
        }
    }

    @Test
    void isTheSupervisionRealmInChineseWithEnglish() {
        assertThat(realm.path("realm").asText()).isEqualTo("supervision");
        assertThat(realm.path("enabled").asBoolean()).isTrue();
        assertThat(realm.path("displayName").asText()).isEqualTo("督察通");
        assertThat(realm.path("internationalizationEnabled").asBoolean()).isTrue();
        assertThat(realm.path("defaultLocale").asText()).isEqualTo("zh-CN");
        assertThat(texts(realm.path("supportedLocales"))).containsExactlyInAnyOrder("zh-CN", "en");
    }

    @Test
    void keepsAccessTokensShortAndLocksOutPasswordGuessers() {
        assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(15 * 60);
        assertThat(realm.path("ssoSessionIdleTimeout").asInt()).isBetween(15 * 60, 2 * 3600);
        assertThat(realm.path("ssoSessionMaxLifespan").asInt()).isBetween(3600, 24 * 3600);
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("registrationAllowed").asBoolean()).isFalse();
    }

    @Test
    void definesEveryRealmRoleWithAChineseDescription() {
        Map<String, String> roles = new LinkedHashMap<>();
        realm.path("roles").path("realm").forEach(role -> roles.put(role.path("name").asText(), role.path("description").asText()));
        assertThat(roles.keySet()).containsExactlyInAnyOrderElementsOf(ROLES);
        assertThat(roles.values()).allSatisfy(description -> assertThat(description).containsPattern("\\p{IsHan}"));
    }

    @Test
    void givesEachDepartmentGroupItsCodeAndName() {
        JsonNode departments = single(realm.path("groups"), "name", "departments");
        Map<String, String> found = new LinkedHashMap<>();
        departments.path("subGroups").forEach(group -> {
            String code = group.path("name").asText();
            assertThat(texts(group.path("attributes").path("department"))).as(code).containsExactly(code);
            found.put(code, single(texts(group.path("attributes").path("department_name"))));
        });
        assertThat(found).isEqualTo(DEPARTMENTS);
    }

    @Test
    void putsTheDepartmentIntoEveryTokenOfBothClients() {
        for (String clientId : List.of("supervision-gateway", "supervision-cli")) {
            JsonNode client = single(realm.path("clients"), "clientId", clientId);
            for (String claim : List.of("department", "department_name")) {
                JsonNode mapper = single(client.path("protocolMappers"), "name", claim);
                JsonNode config = mapper.path("config");
                assertThat(mapper.path("protocolMapper").asText()).isEqualTo("oidc-usermodel-attribute-mapper");
                assertThat(config.path("user.attribute").asText()).isEqualTo(claim);
                assertThat(config.path("claim.name").asText()).isEqualTo(claim);
                // One plain string per token, taken from one group, so department and its name always match.
                assertThat(config.path("multivalued").asText()).isEqualTo("false");
                assertThat(config.path("aggregate.attrs").asText()).isEqualTo("false");
                assertThat(List.of("access.token.claim", "id.token.claim", "userinfo.token.claim"))
                        .allSatisfy(where -> assertThat(config.path(where).asText()).as(clientId + " " + claim + " " + where)
                                .isEqualTo("true"));
            }
        }
    }

    @Test
    void letsTheGatewayLogInOnlyByAuthorizationCodeWithPkce() {
        JsonNode gateway = single(realm.path("clients"), "clientId", "supervision-gateway");
        assertThat(gateway.path("publicClient").asBoolean()).isFalse();
        assertThat(gateway.path("secret").asText()).isEqualTo("local-gateway-secret");
        assertThat(gateway.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(gateway.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(gateway.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(gateway.path("serviceAccountsEnabled").asBoolean()).isFalse();
        assertThat(gateway.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(texts(gateway.path("redirectUris"))).containsExactly("http://localhost:8080/login/oauth2/code/keycloak");
        assertThat(gateway.path("attributes").path("post.logout.redirect.uris").asText()).isEqualTo("http://localhost:8080/*");
        assertThat(texts(gateway.path("webOrigins"))).containsExactly("http://localhost:8080");
    }

    @Test
    void letsScriptsGetTokensWithUsernameAndPassword() {
        JsonNode cli = single(realm.path("clients"), "clientId", "supervision-cli");
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(cli.path("standardFlowEnabled").asBoolean()).isFalse();
    }

    @Test
    void hasADemoUserForEveryRoleAndDepartment() {
        List<String> expected = new ArrayList<>(List.of("admin", "auditor", "viewer"));
        DEPARTMENTS.keySet().forEach(code -> expected.addAll(List.of(code + "-submitter", code + "-leader")));
        assertThat(people()).extracting(user -> user.path("username").asText())
                .containsExactlyInAnyOrderElementsOf(expected);
        for (JsonNode user : people()) {
            String username = user.path("username").asText();
            assertThat(user.path("enabled").asBoolean()).as(username).isTrue();
            assertThat(user.path("email").asText()).isEqualTo(username + "@supervision.local");
            assertThat(user.path("firstName").asText() + user.path("lastName").asText()).as(username)
                    .matches("\\p{IsHan}+");
            JsonNode password = single(user.path("credentials"), "type", "password");
            assertThat(password.path("value").asText()).as(username).isEqualTo("Demo@2026");
            assertThat(password.path("temporary").asBoolean()).as(username).isFalse();
            assertThat(texts(user.path("attributes").path("phone"))).as(username).singleElement().asString()
                    .matches("1\\d{10}");
        }
        assertThat(roles("admin")).containsExactly("office-admin");
        assertThat(roles("auditor")).containsExactly("auditor");
        assertThat(roles("viewer")).containsExactly("viewer");
        DEPARTMENTS.keySet().forEach(code -> {
            assertThat(roles(code + "-submitter")).containsExactly("dept-submitter");
            assertThat(roles(code + "-leader")).containsExactly("dept-leader");
        });
    }

    @Test
    void letsTheNotificationServiceReadUsersWithItsServiceAccountOnly() {
        JsonNode client = single(realm.path("clients"), "clientId", "supervision-notifications");
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        JsonNode account = single(realm.path("users"), "serviceAccountClientId", "supervision-notifications");
        assertThat(texts(account.path("clientRoles").path("realm-management")))
                .containsExactlyInAnyOrder("view-users", "query-users", "query-groups");
    }

    @Test
    void declaresThePhoneAttributeSoKeycloakKeepsIt() throws Exception {
        JsonNode provider = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0);
        assertThat(provider.path("providerId").asText()).isEqualTo("declarative-user-profile");
        JsonNode profile = new ObjectMapper().readTree(provider.path("config").path("kc.user.profile.config").get(0).asText());
        assertThat(profile.path("attributes")).extracting(attribute -> attribute.path("name").asText())
                .containsExactly("username", "email", "firstName", "lastName", "phone");
    }

    @Test
    void placesExactlyTheDepartmentUsersInOneDepartmentGroupEach() {
        for (JsonNode user : people()) {
            String username = user.path("username").asText();
            List<String> groups = texts(user.path("groups"));
            boolean departmentRole = texts(user.path("realmRoles")).stream().anyMatch(DEPARTMENT_ROLES::contains);
            if (departmentRole) {
                String code = username.substring(0, username.indexOf('-'));
                assertThat(groups).as(username).containsExactly("/departments/" + code);
            } else {
                assertThat(groups).as(username).isEmpty();
            }
        }
    }

    private static List<String> roles(String username) {
        return texts(single(realm.path("users"), "username", username).path("realmRoles"));
    }

    private static JsonNode single(JsonNode array, String field, String value) {
        List<JsonNode> matches = StreamSupport.stream(array.spliterator(), false)
                .filter(node -> value.equals(node.path(field).asText()))
                .toList();
        assertThat(matches).as(field + " = " + value).hasSize(1);
        return matches.getFirst();
    }

    private static String single(List<String> values) {
        assertThat(values).hasSize(1);
        return values.getFirst();
    }

    /** The demo people, without service accounts. */
    private List<JsonNode> people() {
        List<JsonNode> people = new ArrayList<>();
        realm.path("users").forEach(user -> {
            if (!user.has("serviceAccountClientId")) {
                people.add(user);
            }
        });
        return people;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
