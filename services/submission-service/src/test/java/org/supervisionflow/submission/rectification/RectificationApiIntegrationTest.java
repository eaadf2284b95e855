package org.supervisionflow.submission.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.contracts.FindingSeverity;
import org.supervisionflow.contracts.command.OpenRectification;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.contracts.submission.RectificationApprovalRejected;
import org.supervisionflow.contracts.submission.RectificationSentForApproval;
import org.supervisionflow.contracts.submission.RectificationSubmitted;
import org.supervisionflow.submission.report.Report;
import org.supervisionflow.submission.report.ReportOpening;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/** Answering a finding: drafting measures, the leader's decision, and who may do what. */
@EmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RectificationApiIntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ReportOpening opening;

    @Autowired
    RectificationCommands commands;

    @Autowired
    JdbcClient jdbc;

    private Report report;
    private UUID findingId;
    private String base;
    private String path;

    @BeforeEach
    void openAReportWithOneFinding() {
        report = opening.open(new OpenReport(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), new AssignmentScope(
                UUID.randomUUID(), "2025年度法治政府建设情况报告", "依法治市办〔2026〕3号", CampaignKind.ANNUAL_REPORT, "2025",
                LocalDate.of(2026, 3, 31), "minzheng", "民政局", false, List.of()))).orElseThrow();
        findingId = UUID.randomUUID();
        commands.open(new OpenRectification(UUID.randomUUID(), report.assignmentId(), Instant.now(), report.id(),
                new FindingNotice(findingId, "民政督整〔2026〕7号", null, FindingSeverity.SERIOUS, "重大决策未经合法性审查",
                        "补做合法性审查并建立台账", LocalDate.of(2026, 6, 30))));
        base = "/api/reports/" + report.id() + "/rectifications";
        path = base + "/" + findingId;
    }

    @Test
    void theLeaderApprovesSanitizedMeasuresIntoAnImmutableAnswer() {
        JsonNode saved = body(call(HttpMethod.PUT, path, TestTokens.submitter("minzheng"),
                Map.of("version", 0, "measures", "<p>已补做合法性审查，建立台账。<script>alert(1)</script></p>")));
        assertThat(saved.get("measures").asText()).isEqualTo("<p>已补做合法性审查，建立台账。</p>");
        body(call(HttpMethod.POST, path + "/send-for-approval", TestTokens.submitter("minzheng"), null));

        JsonNode approved = body(call(HttpMethod.POST, path + "/approve", TestTokens.leader("minzheng"), null));

        assertThat(approved.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(approved.at("/answers/0/number").asInt()).isEqualTo(1);
        assertThat(approved.at("/answers/0/measures").asText()).isEqualTo("<p>已补做合法性审查，建立台账。</p>");
        assertThat(approved.at("/answers/0/submitter/username").asText()).isEqualTo("submitter-minzheng");
        assertThat(approved.at("/answers/0/approver/username").asText()).isEqualTo("leader-minzheng");
        assertThat(call(HttpMethod.PUT, path, TestTokens.submitter("minzheng"),
                Map.of("version", approved.get("version").asLong(), "measures", "改")).getStatusCode().value())
                .isEqualTo(409);
        try {
            jdbc.sql("update rectification_answer set measures = 'x' where rectification_id = ?")
                    .param(UUID.fromString(approved.get("id").asText())).update();
            throw new AssertionError("an approved answer was changed");
        } catch (RuntimeException expected) {
            assertThat(expected).hasMessageContaining("immutable");
        }
    }

    @Test
    void aRejectedAnswerReturnsToDraftingWithTheLeadersComment() {
        body(call(HttpMethod.PUT, path, TestTokens.submitter("minzheng"), Map.of("version", 0, "measures", "初稿")));
        body(call(HttpMethod.POST, path + "/send-for-approval", TestTokens.submitter("minzheng"), null));

        assertThat(call(HttpMethod.POST, path + "/reject", TestTokens.leader("minzheng"), Map.of("comment", ""))
                .getStatusCode().value()).isEqualTo(400);
        JsonNode rejected = body(call(HttpMethod.POST, path + "/reject", TestTokens.leader("minzheng"),
                Map.of("comment", "措施不具体")));

        assertThat(rejected.get("status").asText()).isEqualTo("OPEN");
        assertThat(rejected.at("/lastRejection/comment").asText()).isEqualTo("措施不具体");
        assertThat(rejected.get("answers")).isEmpty();
    }

    @Test
    void sendingRejectingAndApprovingPublishEventsThatNameTheSameAnswer() {
        body(call(HttpMethod.PUT, path, TestTokens.submitter("minzheng"), Map.of("version", 0, "measures", "初稿")));
        body(call(HttpMethod.POST, path + "/send-for-approval", TestTokens.submitter("minzheng"), null));
        body(call(HttpMethod.POST, path + "/reject", TestTokens.leader("minzheng"), Map.of("comment", "措施不具体")));
        body(call(HttpMethod.POST, path + "/send-for-approval", TestTokens.submitter("minzheng"), null));
        JsonNode approved = body(call(HttpMethod.POST, path + "/approve", TestTokens.leader("minzheng"), null));

        Duration delivery = Duration.ofSeconds(30);
        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            List<RectificationSentForApproval> sent = kafka.await(RectificationSentForApproval.class,
                    event -> event.findingId().equals(findingId), 2, delivery);
            RectificationApprovalRejected rejected = kafka.await(RectificationApprovalRejected.class,
                    event -> event.findingId().equals(findingId), 1, delivery).get(0);
            RectificationSubmitted submitted = kafka.await(RectificationSubmitted.class,
                    event -> event.findingId().equals(findingId), 1, delivery).get(0);

            UUID answerId = UUID.fromString(approved.at("/answers/0/id").asText());
            assertThat(sent).hasSize(2).allSatisfy(event -> {
                assertThat(event.assignmentId()).isEqualTo(report.assignmentId());
                assertThat(event.reportId()).isEqualTo(report.id());
                assertThat(event.answerId()).isEqualTo(answerId);
                assertThat(event.answerVersion()).isEqualTo(1);
                assertThat(event.submitter().username()).isEqualTo("submitter-minzheng");
                assertThat(event.submitter().role()).isEqualTo("dept-submitter");
            });
            assertThat(rejected.answerId()).isEqualTo(answerId);
            assertThat(rejected.comment()).isEqualTo("措施不具体");
            assertThat(rejected.leader().username()).isEqualTo("leader-minzheng");
            assertThat(rejected.leader().departmentCode()).isEqualTo("minzheng");
            assertThat(submitted.answerId()).isEqualTo(answerId);
        }
    }

    @Test
    void measuresMustBeWrittenBeforeTheyAreSent() {
        ResponseEntity<JsonNode> response = call(HttpMethod.POST, path + "/send-for-approval",
                TestTokens.submitter("minzheng"), null);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody().get("code").asText()).isEqualTo("rectification-without-measures");
    }

    @Test
    void aSaveOnAStaleVersionIsRefusedAndNamesWhoSaved() {
        body(call(HttpMethod.PUT, path, TestTokens.leader("minzheng"), Map.of("version", 0, "measures", "负责人写的")));

        ResponseEntity<JsonNode> stale = call(HttpMethod.PUT, path, TestTokens.submitter("minzheng"),
                Map.of("version", 0, "measures", "填报员写的"));

        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(stale.getBody().get("code").asText()).isEqualTo("stale-version");
        assertThat(stale.getBody().get("modifiedBy").asText()).isEqualTo("部门负责人");
    }

    @Test
    void anUnknownFindingIsNotFound() {
        assertThat(call(HttpMethod.PUT, base + "/" + UUID.randomUUID(), TestTokens.submitter("minzheng"),
                Map.of("version", 0, "measures", "x")).getStatusCode().value()).isEqualTo(404);
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                // caller, token, list, save, send, approve
                Arguments.of("own dept-submitter", TestTokens.submitter("minzheng"), 200, 200, 200, 403),
                Arguments.of("own dept-leader", TestTokens.leader("minzheng"), 200, 200, 403, 200),
                Arguments.of("other dept-submitter", TestTokens.submitter("sifa"), 404, 404, 404, 403),
                Arguments.of("other dept-leader", TestTokens.leader("sifa"), 404, 404, 403, 404),
                Arguments.of("office-admin", TestTokens.officeAdmin(), 200, 403, 403, 403),
                Arguments.of("auditor", TestTokens.auditor(), 200, 403, 403, 403),
                Arguments.of("viewer", TestTokens.viewer(), 200, 403, 403, 403),
                Arguments.of("no role", TestTokens.token("stranger", "无角色", List.of(), "minzheng"), 403, 403, 403, 403),
                Arguments.of("anonymous", null, 401, 401, 401, 401));
    }

    @ParameterizedTest(name = "{0}: list {2}, save {3}, send {4}, approve/reject {5}")
    @MethodSource("matrix")
    void whoMayDoWhatWithARectification(String caller, String token, int list, int save, int send, int decide) {
        assertThat(call(HttpMethod.GET, base, token, null).getStatusCode().value()).as("list").isEqualTo(list);
        assertThat(call(HttpMethod.PUT, path, token, Map.of("version", 0, "measures", "措施")).getStatusCode().value())
                .as("save").isEqualTo(save);
        if (save != 200) {
            body(call(HttpMethod.PUT, path, TestTokens.submitter("minzheng"), Map.of("version", 0, "measures", "措施")));
        }
        assertThat(call(HttpMethod.POST, path + "/send-for-approval", token, null).getStatusCode().value())
                .as("send").isEqualTo(send);
        if (send != 200) {
            body(call(HttpMethod.POST, path + "/send-for-approval", TestTokens.submitter("minzheng"), null));
        }
        assertThat(call(HttpMethod.POST, path + "/reject", token, Map.of("comment", "不行")).getStatusCode().value())
                .as("reject").isEqualTo(decide);
        if (decide == 200) {
            body(call(HttpMethod.POST, path + "/send-for-approval", TestTokens.submitter("minzheng"), null));
        }
        assertThat(call(HttpMethod.POST, path + "/approve", token, null).getStatusCode().value()).as("approve")
                .isEqualTo(decide);
    }

    private ResponseEntity<JsonNode> call(HttpMethod method, String url, String token, Object body) {
        HttpHeaders headers = token == null ? new HttpHeaders() : TestTokens.headers(token);
        return http.exchange(url, method, body == null ? new HttpEntity<>(headers) : new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    private static JsonNode body(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(200);
        return response.getBody();
    }
}
