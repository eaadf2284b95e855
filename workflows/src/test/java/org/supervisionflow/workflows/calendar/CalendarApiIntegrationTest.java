package org.supervisionflow.workflows.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.supervisionflow.testsupport.TestTokens;
import org.supervisionflow.workflows.WorkflowsIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/** The calendar API over HTTP: who may read and replace a year, validation, and that deadlines count with it. */
@WorkflowsIntegrationTest
class CalendarApiIntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everySignedInUserReadsAYearAndSeesWhereItComesFrom() {
        for (String token : List.of(TestTokens.officeAdmin(), TestTokens.auditor(), TestTokens.viewer(),
                TestTokens.submitter("minzheng"), TestTokens.leader("sifa"),
                TestTokens.token("stranger", "无角色用户", List.of(), "minzheng"))) {
            ResponseEntity<JsonNode> response = get(2027, token);
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            assertThat(response.getBody().get("origin").asText()).isEqualTo("BUNDLED");
            assertThat(response.getBody().get("calendar").get("provisional").asBoolean()).isTrue();
            assertThat(response.getBody().get("calendar").get("holidays").get(0).get("date").asText())
                    .isEqualTo("2027-01-01");
        }
        JsonNode none = get(2031, TestTokens.viewer()).getBody();
        assertThat(none.get("origin").asText()).isEqualTo("WEEKENDS_ONLY");
        assertThat(none.get("calendar").get("holidays")).isEmpty();
    }

    @Test
    void theOfficeReplacesAYearAndEveryDeadlineCountsWithIt() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2028, 1, 3))).isTrue();

        ResponseEntity<JsonNode> response = put(2028, TestTokens.officeAdmin(), year(
                List.of(day("2028-01-01", "元旦"), day("2028-01-03", "元旦")), List.of(day("2028-01-08", "调休上班"))));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody().get("origin").asText()).isEqualTo("STORED");
        assertThat(workingDays.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2028, 1, 8))).as("a Saturday worked").isTrue();
        JsonNode read = get(2028, TestTokens.submitter("minzheng")).getBody();
        assertThat(read.get("origin").asText()).isEqualTo("STORED");
        assertThat(read.get("calendar").get("workdays").get(0).get("name").asText()).isEqualTo("调休上班");
    }

    @Test
    void aDateOutsideTheYearOrListedTwiceIsRejectedNamingTheDateAndNothingIsStored() {
        ResponseEntity<JsonNode> response = put(2029, TestTokens.officeAdmin(), year(
                List.of(day("2029-01-01", "元旦"), day("2030-02-01", "春节")), List.of(day("2029-01-01", "调休"))));

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody().get("code").asText()).isEqualTo("invalid-calendar");
        JsonNode errors = response.getBody().get("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("holidays[1].date", "workdays[0].date");
        assertThat(errors.get(0).get("message").get("zh-CN").asText()).isEqualTo("2030-02-01 不在 2029 年内");
        assertThat(errors.get(1).get("message").get("en").asText()).contains("2029-01-01");
        assertThat(jdbc.sql("select count(*) from working_calendar where year = 2029").query(Long.class).single())
                .isZero();
        assertThat(put(2029, TestTokens.officeAdmin(), Map.of("holidays", List.of())).getStatusCode().value())
                .as("no source, no workdays").isEqualTo(400);
    }

    @Test
    void onlyTheOfficeAdminMayReplaceAYear() {
        Map<String, Object> body = year(List.of(day("2032-01-01", "元旦")), List.of());
        for (String token : List.of(TestTokens.auditor(), TestTokens.viewer(), TestTokens.submitter("minzheng"),
                TestTokens.leader("minzheng"), TestTokens.token("stranger", "无角色用户", List.of(), "minzheng"))) {
            ResponseEntity<JsonNode> response = put(2032, token, body);
            assertThat(response.getStatusCode().value()).isEqualTo(403);
            assertThat(response.getBody().get("code").asText()).isEqualTo("forbidden");
        }
        assertThat(http.exchange("/api/workflow/calendar/2032", HttpMethod.PUT, new HttpEntity<>(body),
                JsonNode.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.getForEntity("/api/workflow/calendar/2032", JsonNode.class).getStatusCode().value())
                .isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from working_calendar where year = 2032").query(Long.class).single())
                .isZero();
    }

    private static Map<String, Object> year(List<Map<String, String>> holidays, List<Map<String, String>> workdays) {
        return Map.of("provisional", false, "source", "测试通知", "holidays", holidays, "workdays", workdays);
    }

    private static Map<String, String> day(String date, String name) {
        return Map.of("date", date, "name", name);
    }

    private ResponseEntity<JsonNode> get(int year, String token) {
        return http.exchange("/api/workflow/calendar/" + year, HttpMethod.GET,
                new HttpEntity<>(TestTokens.headers(token)), JsonNode.class);
    }

    private ResponseEntity<JsonNode> put(int year, String token, Object body) {
        return http.exchange("/api/workflow/calendar/" + year, HttpMethod.PUT,
                new HttpEntity<>(body, TestTokens.headers(token)), JsonNode.class);
    }
}
