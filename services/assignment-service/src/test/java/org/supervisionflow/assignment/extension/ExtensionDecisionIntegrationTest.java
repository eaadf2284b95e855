package org.supervisionflow.assignment.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.supervisionflow.assignment.Api.expect;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.assignment.Api;
import org.supervisionflow.assignment.AssignmentServiceTest;
import org.supervisionflow.assignment.TestData;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.assignment.DueDateMoved;
import org.supervisionflow.contracts.assignment.ExtensionDenied;
import org.supervisionflow.contracts.assignment.ExtensionGranted;
import org.supervisionflow.contracts.submission.ExtensionRequested;
import org.supervisionflow.contracts.submission.RectificationSubmitted;
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/** The office decides departments' extension requests, and moves a whole campaign's due date. */
@AssignmentServiceTest
class ExtensionDecisionIntegrationTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final String ADMIN = TestTokens.officeAdmin();

    private final Api api;
    private UUID campaignId;
    private LocalDate dueDate;
    private Map<String, UUID> assignmentIds;
    private KafkaTestClient kafka;

    ExtensionDecisionIntegrationTest(@Autowired TestRestTemplate http) {
        this.api = new Api(http);
    }

    @BeforeEach
    void publishACampaignToTwoDepartments() {
        kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers());
        UUID frameworkId = UUID.fromString(api.createFramework(TestData.framework("延期测试用分解表")).get("id").asText());
        dueDate = LocalDate.now().plusDays(30);
        campaignId = api.createCampaign(TestData.campaign(frameworkId, dueDate, "sifa", "minzheng"));
        api.publish(campaignId);
        assignmentIds = new HashMap<>();
        expect(api.get("/api/assignments?campaignId=" + campaignId, ADMIN), 200)
                .forEach(a -> assignmentIds.put(a.get("departmentCode").asText(), UUID.fromString(a.get("id").asText())));
    }

    @Test
    void aGrantedReportExtensionMovesTheAssignmentsDueDateAndIsDecidedOnce() {
        ExtensionRequested requested = request("sifa", null, dueDate.plusDays(20));
        kafka.send(requested);
        kafka.send(requested);
        String path = "/api/extension-requests/" + requested.requestId();
        JsonNode pending = awaitRequest(requested.requestId());
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
        assertThat(pending.get("departmentCode").asText()).isEqualTo("sifa");
        assertThat(pending.get("campaignId").asText()).isEqualTo(campaignId.toString());
        assertThat(pending.at("/requester/displayName").asText()).isEqualTo("司法局填报员");
        assertThat(ids(expect(api.get("/api/extension-requests?status=PENDING", ADMIN), 200)))
                .containsOnlyOnce(requested.requestId().toString());
        assertThat(ids(expect(api.get("/api/extension-requests", TestTokens.submitter("sifa")), 200)))
                .contains(requested.requestId().toString());
        assertThat(ids(expect(api.get("/api/extension-requests", TestTokens.leader("minzheng")), 200)))
                .doesNotContain(requested.requestId().toString());
        expect(api.get(path, TestTokens.leader("minzheng")), 404);

        JsonNode granted = expect(api.post(path + "/approve", Map.of("dueDate", dueDate.plusDays(10).toString(),
                "comment", "同意延期十天"), ADMIN), 200);

        assertThat(granted.get("status").asText()).isEqualTo("GRANTED");
        assertThat(granted.get("grantedDueDate").asText()).isEqualTo(dueDate.plusDays(10).toString());
        assertThat(granted.at("/decidedBy/username").asText()).isEqualTo("admin");
        assertThat(assignment("sifa").get("dueDate").asText()).isEqualTo(dueDate.plusDays(10).toString());
        assertThat(assignment("minzheng").get("dueDate").asText()).isEqualTo(dueDate.toString());
        ExtensionGranted event = kafka.await(ExtensionGranted.class,
                e -> e.requestId().equals(requested.requestId()), 1, DELIVERY).get(0);
        assertThat(event.assignmentId()).isEqualTo(assignmentIds.get("sifa"));
        assertThat(event.previousDueDate()).isEqualTo(dueDate);
        assertThat(event.newDueDate()).isEqualTo(dueDate.plusDays(10));
        assertThat(event.comment()).isEqualTo("同意延期十天");
        assertThat(event.decidedBy().role()).isEqualTo("office-admin");

        ResponseEntity<JsonNode> again = api.post(path + "/deny", Map.of("reason", "再审"), ADMIN);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody().get("code").asText()).isEqualTo("extension-request-decided");
    }

    @Test
    void aDenialNeedsAReasonAndAFindingsGrantLeavesTheReportsDueDate() {
        UUID findingId = UUID.randomUUID();
        ExtensionRequested forFinding = request("minzheng", findingId, dueDate.plusDays(40));
        ExtensionRequested forReport = request("minzheng", null, dueDate.plusDays(5));
        kafka.send(forFinding);
        kafka.send(forReport);
        awaitRequest(forFinding.requestId());
        awaitRequest(forReport.requestId());

        String report = "/api/extension-requests/" + forReport.requestId();
        assertThat(api.post(report + "/deny", Map.of("reason", " "), ADMIN).getStatusCode().value()).isEqualTo(400);
        ResponseEntity<JsonNode> tooEarly = api.post(report + "/approve", Map.of("dueDate", dueDate.toString()), ADMIN);
        assertThat(tooEarly.getStatusCode().value()).isEqualTo(422);
        assertThat(tooEarly.getBody().at("/errors/0/field").asText()).isEqualTo("dueDate");
        assertThat(tooEarly.getBody().at("/errors/0/message/zh-CN").asText()).contains("须晚于当前截止日期");
        assertThat(expect(api.get(report, ADMIN), 200).get("status").asText()).as("nothing saved").isEqualTo("PENDING");

        JsonNode denied = expect(api.post(report + "/deny", Map.of("reason", "材料准备时间充足"), ADMIN), 200);
        assertThat(denied.get("status").asText()).isEqualTo("DENIED");
        assertThat(denied.get("decisionComment").asText()).isEqualTo("材料准备时间充足");
        ExtensionDenied deniedEvent = kafka.await(ExtensionDenied.class,
                e -> e.requestId().equals(forReport.requestId()), 1, DELIVERY).get(0);
        assertThat(deniedEvent.reason()).isEqualTo("材料准备时间充足");

        expect(api.post("/api/extension-requests/" + forFinding.requestId() + "/approve", Map.of(), ADMIN), 200);
        ExtensionGranted grantedEvent = kafka.await(ExtensionGranted.class,
                e -> e.requestId().equals(forFinding.requestId()), 1, DELIVERY).get(0);
        assertThat(grantedEvent.findingId()).isEqualTo(findingId);
        assertThat(grantedEvent.newDueDate()).isEqualTo(dueDate.plusDays(40));
        assertThat(assignment("minzheng").get("dueDate").asText()).isEqualTo(dueDate.toString());
    }

    @Test
    void pendingRequestsBecomeObsoleteOnceTheWorkIsSubmittedAndCannotBeDecided() {
        UUID findingId = UUID.randomUUID();
        ExtensionRequested forReport = request("sifa", null, dueDate.plusDays(5));
        ExtensionRequested forFinding = request("sifa", findingId, dueDate.plusDays(40));
        kafka.send(forReport);
        kafka.send(forFinding);
        awaitRequest(forReport.requestId());
        awaitRequest(forFinding.requestId());
        Actor leader = new Actor("leader-id", "leader-sifa", "司法局负责人", "dept-leader", "sifa");
        UUID assignmentId = assignmentIds.get("sifa");
        ReportSubmitted submitted = new ReportSubmitted(UUID.randomUUID(), assignmentId, Instant.now(), UUID.randomUUID(),
                1, leader, leader);
        kafka.send(submitted);
        kafka.send(submitted);

        await().atMost(DELIVERY).until(() -> status(forReport.requestId()).equals("OBSOLETE"));
        assertThat(status(forFinding.requestId())).isEqualTo("PENDING");
        assertThat(ids(expect(api.get("/api/extension-requests?status=PENDING", ADMIN), 200)))
                .doesNotContain(forReport.requestId().toString());
        ResponseEntity<JsonNode> decided = api.post("/api/extension-requests/" + forReport.requestId() + "/approve",
                Map.of(), ADMIN);
        assertThat(decided.getStatusCode().value()).isEqualTo(409);
        assertThat(decided.getBody().get("code").asText()).isEqualTo("extension-request-closed");
        assertThat(decided.getBody().at("/i18n/detail/zh-CN").asText()).contains("已失效").contains("报告已报送");
        assertThat(assignment("sifa").get("dueDate").asText()).as("nothing moved").isEqualTo(dueDate.toString());

        kafka.send(new RectificationSubmitted(UUID.randomUUID(), assignmentId, Instant.now(), UUID.randomUUID(), findingId,
                UUID.randomUUID(), 1, leader, leader));
        await().atMost(DELIVERY).until(() -> status(forFinding.requestId()).equals("OBSOLETE"));
        assertThat(api.post("/api/extension-requests/" + forFinding.requestId() + "/deny", Map.of("reason", "不同意"), ADMIN)
                .getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void pendingRequestsAreWithdrawnWithTheCampaign() {
        ExtensionRequested requested = request("minzheng", null, dueDate.plusDays(5));
        kafka.send(requested);
        awaitRequest(requested.requestId());

        expect(api.post("/api/campaigns/" + campaignId + "/withdraw", Map.of("reason", "任务调整"), ADMIN), 200);

        JsonNode withdrawn = expect(api.get("/api/extension-requests/" + requested.requestId(), ADMIN), 200);
        assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("decisionComment").asText()).contains("任务分派已撤回").contains("任务调整");
        assertThat(api.post("/api/extension-requests/" + requested.requestId() + "/deny", Map.of("reason", "不同意"),
                ADMIN).getBody().get("code").asText()).isEqualTo("extension-request-closed");
    }

    private String status(UUID requestId) {
        return expect(api.get("/api/extension-requests/" + requestId, ADMIN), 200).get("status").asText();
    }

    @Test
    void anExtensionNeverBringsADueDateTheOfficeMovedSinceForward() {
        ExtensionRequested requested = request("sifa", null, dueDate.plusDays(5));
        kafka.send(requested);
        awaitRequest(requested.requestId());
        expect(api.post("/api/campaigns/" + campaignId + "/due-date",
                Map.of("dueDate", dueDate.plusDays(20).toString(), "reason", "统一顺延"), ADMIN), 200);

        ResponseEntity<JsonNode> response = api.post("/api/extension-requests/" + requested.requestId() + "/approve",
                Map.of(), ADMIN);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody().get("code").asText()).isEqualTo("extension-date-invalid");
        assertThat(assignment("sifa").get("dueDate").asText()).as("rolled back").isEqualTo(dueDate.plusDays(20).toString());
        assertThat(expect(api.get("/api/extension-requests/" + requested.requestId(), ADMIN), 200).get("status").asText())
                .isEqualTo("PENDING");
    }

    @Test
    void movingACampaignsDueDateMovesEveryAssignmentAndTellsEachDepartment() {
        LocalDate later = dueDate.plusDays(15);
        assertThat(api.post("/api/campaigns/" + campaignId + "/due-date", Map.of("dueDate", later.toString(), "reason", ""),
                ADMIN).getStatusCode().value()).isEqualTo(400);
        ResponseEntity<JsonNode> past = api.post("/api/campaigns/" + campaignId + "/due-date",
                Map.of("dueDate", LocalDate.now().minusDays(2).toString(), "reason", "错误"), ADMIN);
        assertThat(past.getStatusCode().value()).isEqualTo(422);
        assertThat(assignment("sifa").get("dueDate").asText()).as("nothing saved").isEqualTo(dueDate.toString());

        JsonNode campaign = expect(api.post("/api/campaigns/" + campaignId + "/due-date",
                Map.of("dueDate", later.toString(), "reason", "因机构改革统一顺延"), ADMIN), 200);

        assertThat(campaign.get("dueDate").asText()).isEqualTo(later.toString());
        assertThat(assignment("sifa").get("dueDate").asText()).isEqualTo(later.toString());
        assertThat(assignment("minzheng").get("dueDate").asText()).isEqualTo(later.toString());
        List<DueDateMoved> moved = kafka.await(DueDateMoved.class,
                e -> assignmentIds.containsValue(e.assignmentId()), 2, DELIVERY);
        assertThat(moved).extracting(DueDateMoved::assignmentId).containsExactlyInAnyOrderElementsOf(assignmentIds.values());
        assertThat(moved).allSatisfy(e -> {
            assertThat(e.previousDueDate()).isEqualTo(dueDate);
            assertThat(e.newDueDate()).isEqualTo(later);
            assertThat(e.reason()).isEqualTo("因机构改革统一顺延");
            assertThat(e.movedBy().username()).isEqualTo("admin");
        });
    }

    @Test
    void aDraftCampaignsDueDateIsChangedByEditingNotMoved() {
        UUID frameworkId = UUID.fromString(api.createFramework(TestData.framework("草稿延期测试用分解表")).get("id").asText());
        UUID draft = api.createCampaign(TestData.campaign(frameworkId, dueDate, "sifa"));

        ResponseEntity<JsonNode> response = api.post("/api/campaigns/" + draft + "/due-date",
                Map.of("dueDate", dueDate.plusDays(1).toString(), "reason", "顺延"), ADMIN);

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().get("code").asText()).isEqualTo("campaign-not-published");
    }

    private ExtensionRequested request(String department, UUID findingId, LocalDate requested) {
        String name = department.equals("sifa") ? "司法局填报员" : "民政局填报员";
        return new ExtensionRequested(UUID.randomUUID(), assignmentIds.get(department), Instant.now(), UUID.randomUUID(),
                findingId, findingId == null ? dueDate : dueDate.plusDays(10), requested, "机构改革，材料需重新汇总",
                new Actor("user-" + department, "submitter-" + department, name, "dept-submitter", department));
    }

    private JsonNode awaitRequest(UUID requestId) {
        await().atMost(DELIVERY).until(() -> api.get("/api/extension-requests/" + requestId, ADMIN)
                .getStatusCode().value() == 200);
        return expect(api.get("/api/extension-requests/" + requestId, ADMIN), 200);
    }

    private JsonNode assignment(String department) {
        return expect(api.get("/api/assignments?campaignId=" + campaignId + "&departmentCode=" + department, ADMIN), 200)
                .get(0);
    }

    private static List<String> ids(JsonNode requests) {
        return StreamSupport.stream(requests.spliterator(), false).map(r -> r.get("id").asText()).toList();
    }

    @AfterEach
    void closeKafka() {
        kafka.close();
    }
}
