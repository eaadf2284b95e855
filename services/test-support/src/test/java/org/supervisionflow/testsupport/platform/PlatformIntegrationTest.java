package org.supervisionflow.testsupport.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.contracts.assignment.AssignmentWithdrawn;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

@EmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformIntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    SampleApplication.SampleController sample;

    @Test
    void publishedEventReachesKafkaAsCloudEventAndTakesEffectOncePerListenerWhenRedelivered() {
        ResponseEntity<AssignmentWithdrawn> response = http.exchange("/api/samples", HttpMethod.POST,
                json("{\"reason\":\"撤回\"}", TestTokens.officeAdmin()), AssignmentWithdrawn.class);
        assertThat(response.getStatusCode().value()).isEqualTo(202);
        AssignmentWithdrawn published = response.getBody();

        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            assertThat(kafka.await(AssignmentWithdrawn.class, e -> e.id().equals(published.id()), 1, Duration.ofSeconds(30)))
                    .containsExactly(published);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> sample.notes(published.assignmentId()).containsAll(List.of("撤回", "projection")));

            kafka.send(published);
            kafka.send(published);
        }
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> sample.notes(published.assignmentId()).size() == 2);
    }

    @Test
    void meTellsTheCallersRolesAndDepartment() {
        JsonNode me = http.exchange("/api/me", HttpMethod.GET, json(null, TestTokens.submitter("mca")), JsonNode.class)
                .getBody();
        assertThat(me.get("username").asText()).isEqualTo("submitter-mca");
        assertThat(me.get("department").asText()).isEqualTo("mca");
        assertThat(me.get("name").asText()).isEqualTo("填报员");
        assertThat(me.get("roles").get(0).asText()).isEqualTo("dept-submitter");
        assertThat(me.get("seesEveryDepartment").asBoolean()).isFalse();
    }

    @Test
    void anonymousCallsGetAProblemInChinese() {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/me", JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(response.getBody().get("title").asText()).isEqualTo("请先登录");
        assertThat(response.getBody().at("/i18n/title/en").asText()).isEqualTo("Please log in first");
    }

    @Test
    void wrongRoleGetsForbidden() {
        ResponseEntity<JsonNode> response = http.exchange("/api/samples", HttpMethod.POST,
                json("{\"reason\":\"撤回\"}", TestTokens.submitter("mca")), JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getBody().get("code").asText()).isEqualTo("forbidden");
    }

    @Test
    void wrongRoleGetsForbiddenBeforeItsInputIsValidated() {
        ResponseEntity<JsonNode> response = http.exchange("/api/samples", HttpMethod.POST,
                json("{\"reason\":\"\"}", TestTokens.submitter("mca")), JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getBody().has("errors")).isFalse();
    }

    @Test
    void invalidInputListsEachFieldInBothLanguages() {
        ResponseEntity<JsonNode> response = http.exchange("/api/samples", HttpMethod.POST,
                json("{\"reason\":\"\"}", TestTokens.officeAdmin()), JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        JsonNode error = response.getBody().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("reason");
        assertThat(error.at("/message/zh-CN").asText()).isEqualTo("不能为空");
        assertThat(error.at("/message/en").asText()).isEqualTo("must not be blank");
    }

    @Test
    void englishCallersReadEnglishAndMalformedJsonIsABadRequest() {
        HttpEntity<String> request = json("{\"reason\":", TestTokens.officeAdmin());
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(request.getHeaders());
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        ResponseEntity<JsonNode> response = http.exchange("/api/samples", HttpMethod.POST,
                new HttpEntity<>(request.getBody(), headers), JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("title").asText()).isEqualTo("Bad request");
    }

    @Test
    void domainProblemsKeepTheirCode() {
        ResponseEntity<JsonNode> response = http.exchange("/api/samples", HttpMethod.POST,
                json("{\"reason\":\"冲突\"}", TestTokens.officeAdmin()), JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().get("code").asText()).isEqualTo("sample-conflict");
        assertThat(response.getBody().get("detail").asText()).isEqualTo("冲突了");
        assertThat(response.getBody().at("/i18n/detail/en").asText()).isEqualTo("It clashed");
    }

    private static HttpEntity<String> json(String body, String token) {
        HttpHeaders headers = TestTokens.headers(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
