package org.supervisionflow.workflows.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.supervisionflow.testsupport.TestTokens;
import org.supervisionflow.workflows.WorkflowsIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

@WorkflowsIntegrationTest
class CamundaAccessIntegrationTest {

    private static final String DEFINITIONS = "/engine-rest/process-definition?key=ReportLifecycleProcess";

    @Autowired
    TestRestTemplate http;

    @Test
    void engineRestRefusesCallersWithoutEngineCredentials() {
        ResponseEntity<String> response = http.getForEntity(DEFINITIONS, String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void engineRestRefusesAKeycloakTokenEvenOfTheOfficeAdmin() {
        ResponseEntity<String> response = http.exchange(DEFINITIONS, HttpMethod.GET,
                new HttpEntity<>(TestTokens.headers(TestTokens.officeAdmin())), String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void engineRestRefusesUnknownUsers() {
        // Not the demo user with a wrong password: the engine then delays that user's next logins on purpose.
        ResponseEntity<String> response = http.withBasicAuth("intruder", "demo").getForEntity(DEFINITIONS, String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void engineRestServesTheOperatorTheDeployedLifecycle() {
        ResponseEntity<String> response = http.withBasicAuth("demo", "demo").getForEntity(DEFINITIONS, String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"key\":\"ReportLifecycleProcess\"")
                .contains("报告生命周期 report lifecycle");
    }

    @Test
    void cockpitPageLoadsWithoutABearerToken() {
        ResponseEntity<String> response = http.getForEntity("/camunda/app/cockpit/default/", String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    }

    @Test
    void cockpitLogsTheOperatorInWithTheEngineUser() {
        // The web apps' own CSRF protection: a token cookie from a first page, echoed in a header.
        ResponseEntity<String> page = http.getForEntity("/camunda/app/cockpit/default/", String.class);
        String csrfToken = page.getHeaders().getFirst("X-XSRF-TOKEN");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("X-XSRF-TOKEN", csrfToken);
        page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)
                .forEach(cookie -> headers.add(HttpHeaders.COOKIE, cookie.split(";", 2)[0]));

        ResponseEntity<String> wrong = http.postForEntity("/camunda/api/admin/auth/user/default/login/cockpit",
                new HttpEntity<>(form("intruder", "demo"), headers), String.class);
        ResponseEntity<String> right = http.postForEntity("/camunda/api/admin/auth/user/default/login/cockpit",
                new HttpEntity<>(form("demo", "demo"), headers), String.class);

        assertThat(wrong.getStatusCode().value()).isEqualTo(401);
        assertThat(right.getStatusCode().value()).isEqualTo(200);
        assertThat(right.getBody()).contains("\"userId\":\"demo\"").contains("cockpit");
    }

    @Test
    void serviceApiStillWantsABearerToken() {
        ResponseEntity<String> anonymous = http.getForEntity("/api/me", String.class);
        ResponseEntity<String> basic = http.withBasicAuth("demo", "demo").getForEntity("/api/me", String.class);

        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(basic.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void apiDocsDescribeTheLifecycleEndpointsWithoutAToken() {
        ResponseEntity<JsonNode> docs = http.getForEntity("/v3/api-docs", JsonNode.class);

        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        for (String endpoint : List.of("stage", "history")) {
            JsonNode parameters = docs.getBody().path("paths")
                    .path("/api/workflow/assignments/{assignmentId}/" + endpoint).path("get").path("parameters");
            // The caller comes from the token: only the path variable is a parameter.
            assertThat(parameters.findValuesAsText("name")).containsExactly("assignmentId");
        }
    }

    private static MultiValueMap<String, String> form(String username, String password) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", password);
        return form;
    }
}
