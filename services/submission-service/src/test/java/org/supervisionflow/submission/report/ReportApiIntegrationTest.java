package org.supervisionflow.submission.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervisionflow.submission.report.OpenReportCommands.openReport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who may read which report. Three departments answer one campaign: 民政局's report is past its due date,
 * 司法局's is due today, 市场监管局's later.
 */
@EmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportApiIntegrationTest {

    // Opened once for the class; static because a per-class test instance would be built (and autowired)
    // before the embedded servers' extension points Spring at them.
    private static final UUID campaignId = UUID.randomUUID();
    private static Report minzheng;
    private static Report sifa;
    private static Report shichang;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ReportOpening opening;

    @Autowired
    Clock clock;

    @BeforeEach
    void openOneReportPerDepartment() {
        if (minzheng != null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        minzheng = open("minzheng", today.minusDays(1));
        sifa = open("sifa", today);
        shichang = open("shichang", today.plusDays(10));
    }

    private Report open(String department, LocalDate dueDate) {
        OpenReport command = openReport(UUID.randomUUID(), campaignId, department, dueDate, true);
        return opening.open(command).orElseThrow();
    }

    static Stream<Arguments> departmentUsers() {
        return Stream.of(
                Arguments.of("dept-submitter", TestTokens.submitter("minzheng")),
                Arguments.of("dept-leader", TestTokens.leader("minzheng")));
    }

    static Stream<Arguments> officeRoles() {
        return Stream.of(
                Arguments.of("office-admin", TestTokens.officeAdmin()),
                Arguments.of("auditor", TestTokens.auditor()),
                Arguments.of("viewer", TestTokens.viewer()));
    }

    private List<String> endpoints() {
        return List.of("/api/reports", "/api/reports/" + minzheng.id(),
                "/api/reports/by-assignment/" + minzheng.assignmentId());
    }

    @Test
    void anonymousCallersAreAskedToLogInOnEveryEndpoint() {
        for (String endpoint : endpoints()) {
            ResponseEntity<JsonNode> response = http.getForEntity(endpoint, JsonNode.class);
            assertThat(response.getStatusCode().value()).as(endpoint).isEqualTo(401);
            assertThat(response.getBody().get("code").asText()).isEqualTo("unauthorized");
        }
    }

    @Test
    void callersWithoutAnyReportRoleAreForbiddenOnEveryEndpoint() {
        String roleless = TestTokens.token("stranger", "无角色", List.of(), "minzheng");
        for (String endpoint : endpoints()) {
            assertThat(get(endpoint, roleless).getStatusCode().value()).as(endpoint).isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("departmentUsers")
    void departmentUsersSeeOnlyTheirOwnDepartmentsTasks(String role, String token) {
        JsonNode all = body(get("/api/reports", token));
        assertThat(texts(all, "departmentCode")).isNotEmpty().containsOnly("minzheng");
        assertThat(texts(all, "id")).contains(minzheng.id().toString());

        JsonNode ofCampaign = body(get("/api/reports?campaignId=" + campaignId, token));
        assertThat(texts(ofCampaign, "id")).containsExactly(minzheng.id().toString());

        assertThat(body(get("/api/reports?campaignId=" + campaignId + "&department=sifa", token))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("departmentUsers")
    void departmentUsersReadTheirOwnWorkspaceButGetNotFoundForAnotherDepartments(String role, String token) {
        assertThat(body(get("/api/reports/" + minzheng.id(), token)).get("id").asText())
                .isEqualTo(minzheng.id().toString());
        assertThat(body(get("/api/reports/by-assignment/" + minzheng.assignmentId(), token)).get("id").asText())
                .isEqualTo(minzheng.id().toString());

        for (Report other : List.of(sifa, shichang)) {
            ResponseEntity<JsonNode> byId = get("/api/reports/" + other.id(), token);
            assertThat(byId.getStatusCode().value()).isEqualTo(404);
            assertThat(byId.getBody().get("code").asText()).isEqualTo("not-found");
            assertThat(get("/api/reports/by-assignment/" + other.assignmentId(), token).getStatusCode().value())
                    .isEqualTo(404);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officeRoles")
    void officeRolesSeeEveryDepartmentsTasksAndWorkspaces(String role, String token) {
        JsonNode tasks = body(get("/api/reports?campaignId=" + campaignId, token));
        assertThat(texts(tasks, "departmentCode")).containsExactly("minzheng", "sifa", "shichang");
        assertThat(texts(tasks, "departmentName")).containsExactly("民政局", "司法局", "市场监管局");

        for (Report report : List.of(minzheng, sifa, shichang)) {
            JsonNode workspace = body(get("/api/reports/" + report.id(), token));
            assertThat(workspace.get("departmentCode").asText()).isEqualTo(report.departmentCode());
            assertThat(workspace.get("sections")).hasSize(6);
            assertThat(body(get("/api/reports/by-assignment/" + report.assignmentId(), token)).get("id").asText())
                    .isEqualTo(report.id().toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officeRoles")
    void officeRolesNarrowTheTaskListToOneDepartment(String role, String token) {
        JsonNode tasks = body(get("/api/reports?campaignId=" + campaignId + "&department=sifa", token));
        assertThat(texts(tasks, "id")).containsExactly(sifa.id().toString());

        JsonNode everyCampaign = body(get("/api/reports?department=shichang", token));
        assertThat(texts(everyCampaign, "departmentCode")).containsOnly("shichang");
        assertThat(texts(everyCampaign, "id")).contains(shichang.id().toString());
    }

    @Test
    void theTaskListMarksOnlyReportsPastTheirDueDayAsOverdue() {
        JsonNode tasks = body(get("/api/reports?campaignId=" + campaignId, TestTokens.officeAdmin()));

        assertThat(texts(tasks, "overdue")).containsExactly("true", "false", "false");
        JsonNode first = tasks.get(0);
        assertThat(first.get("assignmentId").asText()).isEqualTo(minzheng.assignmentId().toString());
        assertThat(first.get("campaignTitle").asText()).isEqualTo("2025年度法治政府建设情况报告");
        assertThat(first.get("kind").asText()).isEqualTo("ANNUAL_REPORT");
        assertThat(first.get("period").asText()).isEqualTo("2025");
        assertThat(first.get("dueDate").asText()).isEqualTo(minzheng.dueDate().toString());
        assertThat(first.get("status").asText()).isEqualTo("OPEN_FOR_DRAFTING");
        assertThat(body(get("/api/reports/" + minzheng.id(), TestTokens.officeAdmin())).get("overdue").asBoolean())
                .isTrue();
        assertThat(body(get("/api/reports/" + sifa.id(), TestTokens.officeAdmin())).get("overdue").asBoolean())
                .isFalse();
    }

    @Test
    void aReportThatDoesNotExistIsNotFoundInTheCallersLanguage() {
        HttpHeaders headers = TestTokens.headers(TestTokens.officeAdmin());
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        UUID missing = UUID.randomUUID();

        ResponseEntity<JsonNode> response = http.exchange("/api/reports/" + missing, HttpMethod.GET,
                new HttpEntity<>(headers), JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(response.getBody().get("detail").asText()).isEqualTo("Report " + missing + " was not found");
        assertThat(response.getBody().at("/i18n/detail/zh-CN").asText()).isEqualTo("未找到报告：" + missing);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/reports/not-a-uuid", "/api/reports?campaignId=not-a-uuid" })
    void malformedIdsAreBadRequests(String path) {
        assertThat(get(path, TestTokens.officeAdmin()).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void theApiDocsDescribeEveryReportEndpointWithoutExposingTheCaller() {
        JsonNode docs = http.getForObject("/v3/api-docs", JsonNode.class);

        JsonNode paths = docs.get("paths");
        assertThat(paths.has("/api/reports")).isTrue();
        assertThat(paths.has("/api/reports/{id}")).isTrue();
        assertThat(paths.has("/api/reports/by-assignment/{assignmentId}")).isTrue();
        assertThat(texts(paths.at("/~1api~1reports/get/parameters"), "name")).containsExactly("campaignId", "department");
        assertThat(docs.at("/components/securitySchemes/keycloak-bearer/scheme").asText()).isEqualTo("bearer");
    }

    private ResponseEntity<JsonNode> get(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(TestTokens.headers(token)), JsonNode.class);
    }

    private static JsonNode body(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.get(field).asText()));
        return texts;
    }
}
