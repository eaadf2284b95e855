package org.supervisionflow.submission.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
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
import org.springframework.http.ResponseEntity;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.contracts.FindingSeverity;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.assignment.DueDateMoved;
import org.supervisionflow.contracts.assignment.ExtensionDenied;
import org.supervisionflow.contracts.assignment.ExtensionGranted;
import org.supervisionflow.contracts.command.CloseReport;
import org.supervisionflow.contracts.command.OpenRectification;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.contracts.submission.ExtensionRequested;
import org.supervisionflow.submission.rectification.RectificationCommands;
import org.supervisionflow.submission.report.Api;
import org.supervisionflow.submission.report.Callers;
import org.supervisionflow.submission.report.Report;
import org.supervisionflow.submission.report.ReportOpening;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/** A department asks for more time; the office's decisions arrive as assignment-service's events. */
@EmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExtensionRequestIntegrationTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final Actor ADMIN = new Actor("admin-id", "admin", "督察办管理员", "office-admin", null);

    private final Api api;

    @Autowired
    ReportOpening opening;

    @Autowired
    RectificationCommands rectifications;

    ExtensionRequestIntegrationTest(@Autowired TestRestTemplate http) {
        this.api = new Api(http);
    }

    private LocalDate dueDate;
    private LocalDate deadline;
    private Report report;
    private UUID findingId;
    private String path;

    @BeforeEach
    void openAReportWithOneFinding() {
        dueDate = LocalDate.now().plusDays(10);
        deadline = LocalDate.now().plusDays(20);
        report = opening.open(new OpenReport(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), new AssignmentScope(
                UUID.randomUUID(), "2025年度法治政府建设情况报告", "依法治市办〔2026〕3号", CampaignKind.ANNUAL_REPORT, "2025",
                dueDate, "minzheng", "民政局", false, List.of()))).orElseThrow();
        findingId = UUID.randomUUID();
        rectifications.open(new OpenRectification(UUID.randomUUID(), report.assignmentId(), Instant.now(), report.id(),
                new FindingNotice(findingId, "民政督整〔2026〕8号", null, FindingSeverity.GENERAL, "权责清单未及时公开",
                        "三十日内公开", deadline)));
        path = "/api/reports/" + report.id() + "/extension-requests";
    }

    @Test
    void aGrantedRequestMovesTheReportsDueDateAndShowsTheOfficesComment() {
        JsonNode filed = expect(api.post(path, TestTokens.submitter("minzheng"),
                ask(null, dueDate.plusDays(14), "  机构改革，材料需重新汇总  ")), 201);
        assertThat(filed.get("status").asText()).isEqualTo("PENDING");
        assertThat(filed.get("currentDueDate").asText()).isEqualTo(dueDate.toString());
        assertThat(filed.get("reason").asText()).isEqualTo("机构改革，材料需重新汇总");
        UUID requestId = UUID.fromString(filed.get("id").asText());

        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            ExtensionRequested requested = kafka.await(ExtensionRequested.class,
                    event -> event.requestId().equals(requestId), 1, DELIVERY).get(0);
            assertThat(requested.assignmentId()).isEqualTo(report.assignmentId());
            assertThat(requested.findingId()).isNull();
            assertThat(requested.currentDueDate()).isEqualTo(dueDate);
            assertThat(requested.requestedDueDate()).isEqualTo(dueDate.plusDays(14));
            assertThat(requested.requester().username()).isEqualTo("submitter-minzheng");
            assertThat(requested.requester().departmentCode()).isEqualTo("minzheng");

            // The office grants fewer days than asked; the same event arrives twice.
            ExtensionGranted granted = new ExtensionGranted(UUID.randomUUID(), report.assignmentId(), Instant.now(),
                    requestId, null, dueDate, dueDate.plusDays(7), "同意延期一周", ADMIN);
            kafka.send(granted);
            kafka.send(granted);
        }

        JsonNode decided = awaitStatus(requestId, "GRANTED");
        assertThat(decided.get("grantedDueDate").asText()).isEqualTo(dueDate.plusDays(7).toString());
        assertThat(decided.get("decisionComment").asText()).isEqualTo("同意延期一周");
        assertThat(decided.at("/decidedBy/username").asText()).isEqualTo("admin");
        await().atMost(DELIVERY).until(() -> reportDueDate().equals(dueDate.plusDays(7).toString()));
        JsonNode tasks = expect(api.get("/api/reports?campaignId=" + report.campaign().id(),
                TestTokens.leader("minzheng")), 200);
        assertThat(tasks.get(0).get("dueDate").asText()).isEqualTo(dueDate.plusDays(7).toString());
    }

    @Test
    void oneRequestPerDeadlineWaitsAtATimeAndADenialKeepsTheDeadline() {
        JsonNode filed = expect(api.post(path, TestTokens.leader("minzheng"),
                ask(findingId, deadline.plusDays(30), "需协调财政资金")), 201);
        assertThat(filed.get("findingId").asText()).isEqualTo(findingId.toString());
        assertThat(filed.get("currentDueDate").asText()).isEqualTo(deadline.toString());
        expect(api.post(path, TestTokens.submitter("minzheng"), ask(null, dueDate.plusDays(3), "另一项")), 201);

        ResponseEntity<JsonNode> second = api.post(path, TestTokens.submitter("minzheng"),
                ask(findingId, deadline.plusDays(10), "再申请一次"));
        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(second.getBody().get("code").asText()).isEqualTo("extension-request-pending");
        assertThat(second.getBody().at("/i18n/detail/en").asText()).contains("already waiting");

        UUID requestId = UUID.fromString(filed.get("id").asText());
        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            kafka.send(new ExtensionDenied(UUID.randomUUID(), report.assignmentId(), Instant.now(), requestId, findingId,
                    "整改期限不宜延长", ADMIN));
        }
        JsonNode denied = awaitStatus(requestId, "DENIED");
        assertThat(denied.get("decisionComment").asText()).isEqualTo("整改期限不宜延长");
        assertThat(denied.hasNonNull("grantedDueDate")).isFalse();
        assertThat(findingDeadline()).isEqualTo(deadline.toString());

        // Decided, so the department may ask again.
        expect(api.post(path, TestTokens.submitter("minzheng"),
                ask(findingId, deadline.plusDays(10), "补充说明后再次申请")), 201);
    }

    @Test
    void aGrantForAFindingMovesItsDeadline() {
        JsonNode filed = expect(api.post(path, TestTokens.submitter("minzheng"),
                ask(findingId, deadline.plusDays(30), "需协调财政资金")), 201);
        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            kafka.send(new ExtensionGranted(UUID.randomUUID(), report.assignmentId(), Instant.now(),
                    UUID.fromString(filed.get("id").asText()), findingId, deadline, deadline.plusDays(30), null, ADMIN));
        }
        await().atMost(DELIVERY).until(() -> findingDeadline().equals(deadline.plusDays(30).toString()));
        assertThat(reportDueDate()).isEqualTo(dueDate.toString());
    }

    @Test
    void aDueDateMoveDecidedBeforeTheOneShownDoesNotWin() {
        Instant now = Instant.now();
        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            kafka.send(new DueDateMoved(UUID.randomUUID(), report.assignmentId(), now, dueDate, dueDate.plusDays(5),
                    "统一顺延", ADMIN));
            kafka.send(new DueDateMoved(UUID.randomUUID(), report.assignmentId(), now.minusSeconds(60), dueDate,
                    dueDate.plusDays(2), "较早的调整", ADMIN));
            kafka.send(new DueDateMoved(UUID.randomUUID(), report.assignmentId(), now.plusSeconds(1), dueDate.plusDays(5),
                    dueDate.plusDays(6), "再次顺延", ADMIN));
        }
        // Events of one assignment are consumed in order: once the last move shows, the late one was handled too.
        await().atMost(DELIVERY).until(() -> reportDueDate().equals(dueDate.plusDays(6).toString()));
    }

    @Test
    void anInvalidRequestIsRefusedInBothLanguagesAndSavesNothing() {
        ResponseEntity<JsonNode> blank = api.post(path, TestTokens.submitter("minzheng"),
                ask(null, dueDate.plusDays(3), " "));
        assertThat(blank.getStatusCode().value()).isEqualTo(400);

        ResponseEntity<JsonNode> notLater = api.post(path, TestTokens.submitter("minzheng"),
                ask(null, dueDate, "理由"));
        assertThat(notLater.getStatusCode().value()).isEqualTo(422);
        assertThat(notLater.getBody().get("code").asText()).isEqualTo("extension-request-invalid");
        assertThat(notLater.getBody().at("/errors/0/field").asText()).isEqualTo("requestedDueDate");
        assertThat(notLater.getBody().at("/errors/0/message/zh-CN").asText()).contains("须晚于当前截止日期");
        assertThat(notLater.getBody().at("/errors/0/message/en").asText()).contains("must be after");

        assertThat(api.post(path, TestTokens.submitter("minzheng"),
                ask(UUID.randomUUID(), deadline.plusDays(3), "理由")).getStatusCode().value()).isEqualTo(404);
        assertThat(expect(api.get(path, TestTokens.submitter("minzheng")), 200)).isEmpty();
    }

    static Stream<Arguments> readers() {
        return Callers.expecting(200, 404, 200);
    }

    static Stream<Arguments> requesters() {
        return Callers.expecting(201, 404, 403);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("readers")
    void theOwnDepartmentAndTheOfficeReadTheRequests(String caller, String token, int status) {
        assertThat(api.get(path, token).getStatusCode().value()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("requesters")
    void onlyTheOwnDepartmentsUsersAskForMoreTime(String caller, String token, int status) {
        assertThat(api.post(path, token, ask(null, dueDate.plusDays(5), "理由")).getStatusCode().value()).isEqualTo(status);
    }

    @Test
    void pendingRequestsBecomeObsoleteWhenTheWorkTheyAskedTimeForIsHandedIn() {
        String submitter = TestTokens.submitter("minzheng");
        String leader = TestTokens.leader("minzheng");
        UUID reportRequest = id(expect(api.post(path, submitter, ask(null, dueDate.plusDays(5), "材料未齐")), 201));
        UUID findingRequest = id(expect(api.post(path, submitter, ask(findingId, deadline.plusDays(5), "整改需时间")), 201));

        String rectification = "/api/reports/" + report.id() + "/rectifications/" + findingId;
        expect(api.put(rectification, submitter, Map.of("version", 0, "measures", "已公开权责清单")), 200);
        expect(api.post(rectification + "/send-for-approval", submitter, null), 200);
        expect(api.post(rectification + "/approve", leader, null), 200);
        JsonNode finding = request(findingRequest);
        assertThat(finding.get("status").asText()).isEqualTo("OBSOLETE");
        assertThat(finding.get("decisionComment").asText()).contains("整改情况已报送").contains("rectification was submitted");
        assertThat(finding.get("decidedAt").isNull()).isFalse();
        assertThat(request(reportRequest).get("status").asText()).isEqualTo("PENDING");

        String base = "/api/reports/" + report.id();
        expect(api.post(base + "/send-for-approval", submitter, null), 200);
        expect(api.post(base + "/approve", leader, null), 200);
        JsonNode reportDue = request(reportRequest);
        assertThat(reportDue.get("status").asText()).isEqualTo("OBSOLETE");
        assertThat(reportDue.get("decisionComment").asText()).contains("报告已报送");
    }

    @Test
    void pendingRequestsAreWithdrawnWithTheAssignment() {
        String submitter = TestTokens.submitter("minzheng");
        UUID reportRequest = id(expect(api.post(path, submitter, ask(null, dueDate.plusDays(5), "材料未齐")), 201));
        UUID findingRequest = id(expect(api.post(path, submitter, ask(findingId, deadline.plusDays(5), "整改需时间")), 201));
        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            kafka.send(new CloseReport(UUID.randomUUID(), report.assignmentId(), Instant.now(), ReportStage.WITHDRAWN,
                    "督察任务撤销"));
        }
        assertThat(awaitStatus(reportRequest, "WITHDRAWN").get("decisionComment").asText())
                .contains("任务分派已撤回").contains("督察任务撤销");
        assertThat(request(findingRequest).get("status").asText()).isEqualTo("WITHDRAWN");
    }

    private static UUID id(JsonNode request) {
        return UUID.fromString(request.get("id").asText());
    }

    private JsonNode awaitStatus(UUID requestId, String status) {
        await().atMost(DELIVERY).until(() -> request(requestId).get("status").asText().equals(status));
        return request(requestId);
    }

    private JsonNode request(UUID requestId) {
        for (JsonNode request : expect(api.get(path, TestTokens.viewer()), 200)) {
            if (request.get("id").asText().equals(requestId.toString())) {
                return request;
            }
        }
        throw new AssertionError("request " + requestId + " not listed");
    }

    private String reportDueDate() {
        return expect(api.get("/api/reports/" + report.id(), TestTokens.submitter("minzheng")), 200)
                .get("dueDate").asText();
    }

    private String findingDeadline() {
        return expect(api.get("/api/reports/" + report.id() + "/rectifications",
                TestTokens.submitter("minzheng")), 200).at("/0/finding/deadline").asText();
    }

    private static Map<String, Object> ask(UUID findingId, LocalDate date, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("findingId", findingId);
        body.put("requestedDueDate", date.toString());
        body.put("reason", reason);
        return body;
    }

    private static JsonNode expect(ResponseEntity<JsonNode> response, int status) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
        return response.getBody();
    }
}
