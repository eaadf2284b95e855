package org.supervisionflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may call what, checked at the whole stack: the gateway in front, real Keycloak tokens, the real services. */
@WholeStack
class AccessRulesE2ETest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/me", "/api/assignments", "/api/campaigns", "/api/reports", "/api/reviews",
            "/api/notifications", "/api/workflow/assignments/00000000-0000-0000-0000-000000000001/stage"})
    void anonymousApiCallsAreUnauthorized(String path) {
        assertThat(Gateway.get(path, null).status()).isEqualTo(401);
    }

    @Test
    void aSubmitterCannotCreateOrPublishACampaign() {
        String submitter = KeycloakTokens.accessToken("minzheng-submitter");
        String framework = Gateway.get("/api/frameworks", KeycloakTokens.accessToken("admin")).body().get(0).get("id")
                .asText();

        Gateway.Response create = Gateway.post("/api/campaigns", submitter, Map.of(
                "kind", "SPECIAL_INSPECTION", "title", "越权发布", "documentNumber", "E2E-403", "period", "2026",
                "dueDate", LocalDate.now().plusDays(10).toString(), "asksForPrincipalDuty", false,
                "frameworkId", framework, "departments", List.of(Map.of("departmentCode", "minzheng"))));
        assertThat(create.status()).isEqualTo(403);
        assertThat(Gateway.post("/api/campaigns/" + UUID.randomUUID() + "/publish", submitter, Map.of()).status())
                .isEqualTo(403);
        assertThat(Gateway.get("/api/campaigns", submitter).status()).isEqualTo(403);
    }

    @Test
    void eachUserSeesTheirOwnRolesAndDepartment() {
        Gateway.Response leader = Gateway.get("/api/me", KeycloakTokens.accessToken("sifa-leader"));

        assertThat(leader.status()).isEqualTo(200);
        assertThat(leader.body().get("username").asText()).isEqualTo("sifa-leader");
        assertThat(leader.body().get("department").asText()).isEqualTo("sifa");
        assertThat(leader.body().get("roles").toString()).contains("dept-leader");
    }
}
