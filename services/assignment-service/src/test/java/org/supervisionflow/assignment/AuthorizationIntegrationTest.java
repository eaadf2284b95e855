package org.supervisionflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervisionflow.assignment.Api.expect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.assignment.campaign.DueDateChange;
import org.supervisionflow.assignment.campaign.WithdrawalReason;
import org.supervisionflow.assignment.extension.ExtensionDecision;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who may call what, for every endpoint: anonymous callers get 401, roles without permission 403 (problem+json),
 * permitted roles get through. Department isolation of assignments is in {@code AssignmentIntegrationTest}.
 */
@AssignmentServiceTest
class AuthorizationIntegrationTest {

    private static final String OFFICE_ADMIN = "office-admin";
    private static final Set<String> OFFICE_ROLES = Set.of(OFFICE_ADMIN, "auditor", "viewer");
    private static final Set<String> EVERY_ROLE = Set.of(OFFICE_ADMIN, "auditor", "viewer", "dept-submitter", "dept-leader");

    /** Tokens by role; "none" is a valid token carrying none of our realm roles. */
    private static final Map<String, String> TOKENS = Map.of(
            OFFICE_ADMIN, TestTokens.officeAdmin(),
            "auditor", TestTokens.auditor(),
            "viewer", TestTokens.viewer(),
            "dept-submitter", TestTokens.submitter("sifa"),
            "dept-leader", TestTokens.leader("sifa"),
            "none", TestTokens.token("outsider", "无角色用户", List.of(), "sifa"));

    private static final String ID = UUID.randomUUID().toString();

    private final Api api;

    AuthorizationIntegrationTest(@Autowired TestRestTemplate http) {
        this.api = new Api(http);
    }

    /** Every endpoint, with a body that passes Bean Validation so that only the role decides. */
    static List<Endpoint> endpoints() {
        Object framework = TestData.framework("权限测试用分解表");
        Object campaign = TestData.campaign(UUID.randomUUID(), LocalDate.now().plusDays(10), "sifa");
        return List.of(
                new Endpoint(HttpMethod.GET, "/api/departments", null, EVERY_ROLE),
                new Endpoint(HttpMethod.GET, "/api/frameworks", null, OFFICE_ROLES),
                new Endpoint(HttpMethod.GET, "/api/frameworks/" + ID, null, OFFICE_ROLES),
                new Endpoint(HttpMethod.POST, "/api/frameworks", framework, Set.of(OFFICE_ADMIN)),
                new Endpoint(HttpMethod.PUT, "/api/frameworks/" + ID, framework, Set.of(OFFICE_ADMIN)),
                new Endpoint(HttpMethod.GET, "/api/campaigns", null, OFFICE_ROLES),
                new Endpoint(HttpMethod.GET, "/api/campaigns/" + ID, null, OFFICE_ROLES),
                new Endpoint(HttpMethod.POST, "/api/campaigns", campaign, Set.of(OFFICE_ADMIN)),
                new Endpoint(HttpMethod.PUT, "/api/campaigns/" + ID, campaign, Set.of(OFFICE_ADMIN)),
                new Endpoint(HttpMethod.POST, "/api/campaigns/" + ID + "/publish", null, Set.of(OFFICE_ADMIN)),
                new Endpoint(HttpMethod.POST, "/api/campaigns/" + ID + "/withdraw", new WithdrawalReason("撤回"), Set.of(OFFICE_ADMIN)),
                new Endpoint(HttpMethod.POST, "/api/campaigns/" + ID + "/due-date",
                        new DueDateChange(LocalDate.now().plusDays(40), "顺延"), Set.of(OFFICE_ADMIN)),
                new Endpoint(HttpMethod.GET, "/api/extension-requests", null, EVERY_ROLE),
                new Endpoint(HttpMethod.GET, "/api/extension-requests?status=PENDING", null, EVERY_ROLE),
                new Endpoint(HttpMethod.GET, "/api/extension-requests/" + ID, null, EVERY_ROLE),
                new Endpoint(HttpMethod.POST, "/api/extension-requests/" + ID + "/approve",
                        new ExtensionDecision.Approval(null, "同意"), Set.of(OFFICE_ADMIN)),
                new Endpoint(HttpMethod.POST, "/api/extension-requests/" + ID + "/deny",
                        new ExtensionDecision.Denial("不同意"), Set.of(OFFICE_ADMIN)),
                new Endpoint(HttpMethod.POST, "/api/frameworks/import", Workbooks.upload(Workbooks.xlsx(List.of(
                        List.of("一级指标", "二级指标", "分值", "评分标准", "牵头单位", "配合单位", "佐证材料"),
                        List.of("一、依法全面履行政府职能", "权限测试", 1, "扣分", "司法局", "", ""))), "权限测试导入", 2026),
                        Set.of(OFFICE_ADMIN)),
                new Endpoint(HttpMethod.GET, "/api/frameworks/" + ID + "/export", null, OFFICE_ROLES),
                new Endpoint(HttpMethod.GET, "/api/campaigns/" + ID + "/progress/export", null, OFFICE_ROLES),
                new Endpoint(HttpMethod.GET, "/api/statistics/progress/campaigns", null, OFFICE_ROLES),
                new Endpoint(HttpMethod.GET, "/api/statistics/progress/campaigns?year=2026", null, OFFICE_ROLES),
                new Endpoint(HttpMethod.GET, "/api/statistics/progress/campaigns/" + ID, null, OFFICE_ROLES),
                new Endpoint(HttpMethod.GET, "/api/statistics/progress/departments", null, OFFICE_ROLES),
                new Endpoint(HttpMethod.GET, "/api/assignments", null, EVERY_ROLE),
                new Endpoint(HttpMethod.GET, "/api/assignments/" + ID, null, EVERY_ROLE),
                new Endpoint(HttpMethod.GET, "/api/me", null, EVERY_ROLE));
    }

    static Stream<Arguments> forbiddenCalls() {
        List<Arguments> calls = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            TOKENS.keySet().stream().sorted()
                    .filter(role -> !endpoint.allowed().contains(role) && !(endpoint.path().equals("/api/me")))
                    .forEach(role -> calls.add(Arguments.of(endpoint, role)));
        }
        return calls.stream();
    }

    static Stream<Arguments> permittedCalls() {
        List<Arguments> calls = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            endpoint.allowed().stream().sorted().forEach(role -> calls.add(Arguments.of(endpoint, role)));
        }
        return calls.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anonymousCallersAreUnauthorized(Endpoint endpoint) {
        ResponseEntity<JsonNode> response = api.call(endpoint.method(), endpoint.path(), endpoint.body(), null, null);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(response.getBody().get("code").asText()).isEqualTo("unauthorized");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("forbiddenCalls")
    void rolesWithoutPermissionAreForbidden(Endpoint endpoint, String role) {
        ResponseEntity<JsonNode> response = api.call(endpoint.method(), endpoint.path(), endpoint.body(), TOKENS.get(role), null);

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getBody().get("code").asText()).isEqualTo("forbidden");
        assertThat(response.getBody().get("title").asText()).isEqualTo("无权操作");
    }

    /** Permitted roles pass the security checks; the unknown id then answers 404 and a dangling reference 422. */
    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("permittedCalls")
    void permittedRolesGetThrough(Endpoint endpoint, String role) {
        ResponseEntity<JsonNode> response = api.call(endpoint.method(), endpoint.path(), endpoint.body(), TOKENS.get(role), null);

        assertThat(response.getStatusCode().value()).as("%s %s as %s: %s", endpoint.method(), endpoint.path(), role,
                response.getBody()).isIn(200, 201, 404, 422);
    }

    @Test
    void apiDocsAreOpenAndDescribeEveryEndpoint() {
        JsonNode docs = expect(api.get("/v3/api-docs", null), 200);

        assertThat(docs.get("paths").fieldNames()).toIterable().contains("/api/departments", "/api/frameworks",
                "/api/frameworks/{id}", "/api/campaigns", "/api/campaigns/{id}", "/api/campaigns/{id}/publish",
                "/api/campaigns/{id}/withdraw", "/api/campaigns/{id}/due-date", "/api/assignments", "/api/assignments/{id}",
                "/api/extension-requests", "/api/extension-requests/{id}", "/api/extension-requests/{id}/approve",
                "/api/extension-requests/{id}/deny", "/api/frameworks/import", "/api/frameworks/{id}/export",
                "/api/campaigns/{id}/progress/export", "/api/statistics/progress/campaigns",
                "/api/statistics/progress/campaigns/{id}", "/api/statistics/progress/departments", "/api/me");
        assertThat(docs.at("/components/securitySchemes/keycloak-bearer/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void everyoneWithARoleReadsTheSeededDepartments() {
        JsonNode departments = expect(api.get("/api/departments", TestTokens.submitter("minzheng")), 200);

        assertThat(departments).extracting(d -> d.get("code").asText() + " " + d.get("name").asText())
                .containsExactly("minzheng 民政局", "sifa 司法局", "shichang 市场监管局", "shengtai 生态环境局");
        assertThat(departments.get(0).get("nameEn").asText()).isEqualTo("Civil Affairs Bureau");
        assertThat(departments.get(0).get("active").asBoolean()).isTrue();
    }

    record Endpoint(HttpMethod method, String path, Object body, Set<String> allowed) {

        @Override
        public String toString() {
            return method + " " + path.replace(ID, "{id}");
        }
    }
}
