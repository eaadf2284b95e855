package org.supervisionflow.assignment.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.supervisionflow.assignment.Api.expect;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpMethod;
import org.supervisionflow.assignment.Api;
import org.supervisionflow.assignment.AssignmentServiceTest;
import org.supervisionflow.assignment.MutableClock;
import org.supervisionflow.assignment.TestData;
import org.supervisionflow.assignment.framework.FrameworkDraft;
import org.supervisionflow.contracts.AssignedIndicator;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.IndicatorRole;
import org.supervisionflow.contracts.MetricKind;
import org.supervisionflow.contracts.MetricSpec;
import org.supervisionflow.contracts.DeadlinePolicy;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.assignment.AssignmentWithdrawn;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

@AssignmentServiceTest
class CampaignIntegrationTest {

    private static final String ADMIN = TestTokens.officeAdmin();

    private final Api api;
    private final MutableClock clock;

    CampaignIntegrationTest(@Autowired TestRestTemplate http, @Autowired MutableClock clock) {
        this.api = new Api(http);
        this.clock = clock;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void departmentsWithoutAChoiceAnswerForTheItemsTheyLeadOrCoOperateOn() {
        Items items = frameworkWithItems();
        UUID campaignId = api.createCampaign(TestData.campaign(items.frameworkId(), dueInDays(30), "sifa", "shichang", "minzheng"));

        JsonNode campaign = expect(api.get("/api/campaigns/" + campaignId, TestTokens.auditor()), 200);

        assertThat(campaign.get("status").asText()).isEqualTo("DRAFT");
        assertThat(campaign.get("documentNumber").asText()).isEqualTo("X市法治办〔2026〕3号");
        assertThat(campaign.get("departments")).extracting(d -> d.get("departmentCode").asText(), d -> d.get("departmentName").asText())
                .containsExactly(tuple("sifa", "司法局"), tuple("shichang", "市场监管局"), tuple("minzheng", "民政局"));
        assertThat(indicatorCodes(campaign, 0, items)).containsExactly("A.1", "B.1");
        assertThat(indicatorCodes(campaign, 1, items)).containsExactly("A.1", "A.2", "B.1");
        assertThat(indicatorCodes(campaign, 2, items)).containsExactly("B.1", "B.2");
    }

    @Test
    void theOfficeMayChooseWhichIndicatorsADepartmentAnswersFor() {
        Items items = frameworkWithItems();
        UUID campaignId = api.createCampaign(TestData.campaign(items.frameworkId(), dueInDays(30), List.of(
                new CampaignDraft.RecipientDraft("shengtai", List.of(items.id("B.2"), items.id("A.1"))))));

        JsonNode campaign = expect(api.get("/api/campaigns/" + campaignId, ADMIN), 200);

        assertThat(indicatorCodes(campaign, 0, items)).as("in framework order").containsExactly("A.1", "B.2");
    }

    @Test
    void aCampaignAgainstTheRulesIsRefusedWithEveryViolationAndNothingIsSaved() {
        Items items = frameworkWithItems();
        Items otherFramework = frameworkWithItems();
        CampaignDraft draft = new CampaignDraft(CampaignKind.SPECIAL_INSPECTION, "不应保存的督察任务 " + UUID.randomUUID(), "X市法治办〔2026〕9号",
                "2026年", dueInDays(-1), false, items.frameworkId(), List.of(
                        new CampaignDraft.RecipientDraft("gongan", null),
                        new CampaignDraft.RecipientDraft("shengtai", null),
                        new CampaignDraft.RecipientDraft("sifa", List.of(otherFramework.id("A.1"))),
                        new CampaignDraft.RecipientDraft("sifa", null)));

        JsonNode problem = expect(api.post("/api/campaigns", draft, ADMIN), 422);

        assertThat(problem.get("code").asText()).isEqualTo("campaign-invalid");
        assertThat(problem.get("detail").asText()).contains("已保存的内容不受影响");
        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText()).containsExactlyInAnyOrder(
                "dueDate", "departments[0].departmentCode", "departments[1].indicatorIds",
                "departments[2].indicatorIds[0]", "departments[3].departmentCode");
        assertThat(expect(api.get("/api/campaigns", ADMIN), 200)).extracting(c -> c.get("title").asText())
                .doesNotContain(draft.title());
    }

    @Test
    void missingFieldsAreABadRequestInTheCallersLanguage() {
        CampaignDraft draft = new CampaignDraft(null, " ", "文号", "2025年度", null, true, UUID.randomUUID(),
                List.of(new CampaignDraft.RecipientDraft("sifa", null)));

        JsonNode problem = expect(api.call(HttpMethod.POST, "/api/campaigns", draft, ADMIN, "en"), 400);

        assertThat(problem.get("title").asText()).isEqualTo("Invalid input");
        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("kind", "title", "dueDate");
    }

    @Test
    void publishingIssuesOneAssignmentPerDepartmentAndEmitsAssignmentIssuedWithItsScope() {
        Items items = frameworkWithItems();
        LocalDate due = dueInDays(60);
        UUID campaignId = api.createCampaign(TestData.campaign(items.frameworkId(), due, "sifa", "shichang", "minzheng"));

        JsonNode published = api.publish(campaignId);

        assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedAt").isTextual()).isTrue();
        Map<String, String> assignmentIds = assignmentIdsByDepartment(campaignId);
        assertThat(assignmentIds).containsOnlyKeys("sifa", "shichang", "minzheng");
        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            List<AssignmentIssued> issued = kafka.await(AssignmentIssued.class,
                    event -> event.scope().campaignId().equals(campaignId), 4, Duration.ofSeconds(15));
            assertThat(issued).as("exactly one per department").hasSize(3);
            Map<String, AssignmentIssued> byDepartment = issued.stream()
                    .collect(Collectors.toMap(event -> event.scope().departmentCode(), Function.identity()));
            byDepartment.forEach((department, event) ->
                    assertThat(event.assignmentId().toString()).isEqualTo(assignmentIds.get(department)));

            AssignmentScope scope = byDepartment.get("shichang").scope();
            assertThat(scope).extracting(AssignmentScope::campaignTitle, AssignmentScope::documentNumber, AssignmentScope::kind,
                    AssignmentScope::period, AssignmentScope::dueDate, AssignmentScope::departmentName,
                    AssignmentScope::asksForPrincipalDuty)
                    .containsExactly("2025年度法治政府建设年度报告", "X市法治办〔2026〕3号", CampaignKind.ANNUAL_REPORT, "2025年度",
                            due, "市场监管局", true);
            assertThat(scope.indicators()).extracting(AssignedIndicator::code, AssignedIndicator::aspectTitle,
                    AssignedIndicator::role)
                    .containsExactly(tuple("A.1", "坚持严格规范公正文明执法", IndicatorRole.CO_UNIT),
                            tuple("A.2", "坚持严格规范公正文明执法", IndicatorRole.LEAD),
                            tuple("B.1", "强化对行政权力的制约和监督", IndicatorRole.CO_UNIT));
            AssignedIndicator court = scope.indicators().get(2);
            assertThat(court.indicatorId()).isEqualTo(items.id("B.1"));
            assertThat(court.title()).isEqualTo("行政机关负责人出庭应诉");
            assertThat(court.requirement()).isEqualTo("行政机关负责人依法出庭应诉。");
            assertThat(court.maxPoints()).isEqualByComparingTo(new BigDecimal("6"));
            assertThat(court.metrics()).containsExactly(
                    new MetricSpec("courtAppearanceRate", "行政机关负责人出庭应诉率", MetricKind.PERCENTAGE, "%"));
            assertThat(court.expectedEvidence()).isEqualTo("相关制度文件及台账");
            assertThat(scope.deadlinePolicy()).as("the defaults when the office set none").isEqualTo(DeadlinePolicy.DEFAULT);
            assertThat(byDepartment.get("sifa").scope().indicators()).extracting(AssignedIndicator::code, AssignedIndicator::role)
                    .containsExactly(tuple("A.1", IndicatorRole.LEAD), tuple("B.1", IndicatorRole.LEAD));
        }
        JsonNode assignment = expect(api.get("/api/assignments/" + assignmentIds.get("sifa"), ADMIN), 200);
        assertThat(assignment.at("/scope/indicators")).hasSize(2);
        assertThat(expect(api.get("/api/frameworks/" + items.frameworkId(), ADMIN), 200).get("status").asText())
                .isEqualTo("IN_USE");
    }

    @Test
    void aCampaignsDeadlinePolicyIsKeptAndTravelsOnEveryScope() {
        Items items = frameworkWithItems();
        DeadlinePolicy policy = new DeadlinePolicy(List.of(5, 2, 0), 2, 7, 15);
        CampaignDraft draft = TestData.campaign(items.frameworkId(), dueInDays(40), "sifa", "minzheng");
        UUID campaignId = api.createCampaign(withPolicy(draft, null));
        assertThat(expect(api.get("/api/campaigns/" + campaignId, ADMIN), 200).at("/deadlinePolicy/redWarningAfterWorkingDays")
                .asInt()).as("defaults when none is given").isEqualTo(DeadlinePolicy.DEFAULT.redWarningAfterWorkingDays());

        JsonNode edited = expect(api.put("/api/campaigns/" + campaignId, withPolicy(draft, policy), ADMIN), 200);
        assertThat(edited.at("/deadlinePolicy/reminderWorkingDaysBefore")).extracting(JsonNode::asInt).containsExactly(5, 2, 0);
        api.publish(campaignId);

        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            List<AssignmentIssued> issued = kafka.await(AssignmentIssued.class,
                    event -> event.scope().campaignId().equals(campaignId), 2, Duration.ofSeconds(15));
            assertThat(issued).extracting(event -> event.scope().deadlinePolicy()).containsOnly(policy);
        }
    }

    @Test
    void aDeadlinePolicyAgainstTheRulesIsRefusedFieldByFieldAndNothingIsSaved() {
        Items items = frameworkWithItems();
        CampaignDraft draft = TestData.campaign(items.frameworkId(), dueInDays(40), "sifa");
        UUID campaignId = api.createCampaign(draft);

        ResponseEntity<JsonNode> response = api.put("/api/campaigns/" + campaignId,
                withPolicy(draft, new DeadlinePolicy(List.of(3, 3, 40), 5, 5, 0)), ADMIN);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody().get("errors")).extracting(error -> error.get("field").asText()).containsExactly(
                "deadlinePolicy.reminderWorkingDaysBefore", "deadlinePolicy.redWarningAfterWorkingDays",
                "deadlinePolicy.reviewWorkingDays");
        assertThat(response.getBody().at("/errors/1/message/zh-CN").asText()).contains("红牌预警须晚于黄牌预警");
        assertThat(expect(api.get("/api/campaigns/" + campaignId, ADMIN), 200).at("/deadlinePolicy/reviewWorkingDays").asInt())
                .as("nothing saved").isEqualTo(DeadlinePolicy.DEFAULT.reviewWorkingDays());
    }

    private static CampaignDraft withPolicy(CampaignDraft draft, DeadlinePolicy policy) {
        return new CampaignDraft(draft.kind(), draft.title(), draft.documentNumber(), draft.period(), draft.dueDate(),
                draft.asksForPrincipalDuty(), draft.frameworkId(), draft.departments(), policy);
    }

    @Test
    void publishingTwiceIsAConflictAndIssuesNothingMore() {
        Items items = frameworkWithItems();
        UUID campaignId = api.createCampaign(TestData.campaign(items.frameworkId(), dueInDays(10), "sifa", "minzheng"));
        api.publish(campaignId);

        JsonNode problem = expect(api.post("/api/campaigns/" + campaignId + "/publish", null, ADMIN), 409);

        assertThat(problem.get("code").asText()).isEqualTo("campaign-not-draft");
        assertThat(assignmentIdsByDepartment(campaignId)).hasSize(2);
        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            assertThat(kafka.await(AssignmentIssued.class, event -> event.scope().campaignId().equals(campaignId), 3,
                    Duration.ofSeconds(10))).hasSize(2);
        }
    }

    @Test
    void twoSimultaneousPublishesIssueTheAssignmentsOnce() {
        Items items = frameworkWithItems();
        UUID campaignId = api.createCampaign(TestData.campaign(items.frameworkId(), dueInDays(10), "sifa", "shichang"));

        List<CompletableFuture<Integer>> calls = List.of(publishing(campaignId), publishing(campaignId));

        assertThat(calls.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder(200, 409);
        assertThat(assignmentIdsByDepartment(campaignId)).containsOnlyKeys("sifa", "shichang");
    }

    @Test
    void aDraftCanBeChangedUntilItIsPublished() {
        Items items = frameworkWithItems();
        UUID campaignId = api.createCampaign(TestData.campaign(items.frameworkId(), dueInDays(10), "sifa"));
        CampaignDraft changed = new CampaignDraft(CampaignKind.QUARTERLY_PROGRESS, "2026年第三季度法治政府建设进展",
                "X市法治办〔2026〕7号", "2026年第三季度", dueInDays(20), false, items.frameworkId(),
                List.of(new CampaignDraft.RecipientDraft("minzheng", null)));

        JsonNode updated = expect(api.put("/api/campaigns/" + campaignId, changed, ADMIN), 200);
        assertThat(updated.get("title").asText()).isEqualTo("2026年第三季度法治政府建设进展");
        assertThat(updated.get("kind").asText()).isEqualTo("QUARTERLY_PROGRESS");
        assertThat(updated.get("departments")).extracting(d -> d.get("departmentCode").asText()).containsExactly("minzheng");

        api.publish(campaignId);
        JsonNode problem = expect(api.put("/api/campaigns/" + campaignId, changed, ADMIN), 409);
        assertThat(problem.get("code").asText()).isEqualTo("campaign-not-draft");
    }

    @Test
    void publishingAfterTheDueDatePassedIsRefusedAndLeavesEverythingAsItWas() {
        Items items = frameworkWithItems();
        UUID campaignId = api.createCampaign(TestData.campaign(items.frameworkId(), dueInDays(1), "sifa"));
        JsonNode before = expect(api.get("/api/campaigns/" + campaignId, ADMIN), 200);
        clock.advance(Duration.ofDays(3));

        JsonNode problem = expect(api.post("/api/campaigns/" + campaignId + "/publish", null, ADMIN), 422);

        assertThat(problem.get("code").asText()).isEqualTo("campaign-due-date-passed");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("dueDate");
        assertThat(expect(api.get("/api/campaigns/" + campaignId, ADMIN), 200)).isEqualTo(before);
        assertThat(assignmentIdsByDepartment(campaignId)).isEmpty();
    }

    @Test
    void publishingIndicatorsRemovedFromTheDraftFrameworkIsRefusedAndFreezesNothing() {
        Items items = frameworkWithItems();
        UUID campaignId = api.createCampaign(TestData.campaign(items.frameworkId(), dueInDays(10), List.of(
                new CampaignDraft.RecipientDraft("shichang", List.of(items.id("A.2"))))));
        FrameworkDraft full = TestData.framework("删去A.2的分解表");
        FrameworkDraft withoutA2 = new FrameworkDraft(full.name(), full.year(), null, List.of(
                new FrameworkDraft.AspectDraft("A", "坚持严格规范公正文明执法", List.of(full.aspects().get(0).items().get(0))),
                full.aspects().get(1)));
        expect(api.put("/api/frameworks/" + items.frameworkId(), withoutA2, ADMIN), 200);

        JsonNode problem = expect(api.post("/api/campaigns/" + campaignId + "/publish", null, ADMIN), 422);

        assertThat(problem.get("code").asText()).isEqualTo("campaign-indicators-stale");
        assertThat(expect(api.get("/api/campaigns/" + campaignId, ADMIN), 200).get("status").asText()).isEqualTo("DRAFT");
        assertThat(expect(api.get("/api/frameworks/" + items.frameworkId(), ADMIN), 200).get("status").asText())
                .as("the framework is not frozen by a publication that failed").isEqualTo("DRAFT");
        assertThat(assignmentIdsByDepartment(campaignId)).isEmpty();
    }

    @Test
    void withdrawingEndsEveryAssignmentAndTellsEachDepartmentWhy() {
        Items items = frameworkWithItems();
        UUID campaignId = api.createCampaign(TestData.campaign(items.frameworkId(), dueInDays(10), "sifa", "shichang"));
        api.publish(campaignId);
        Map<String, String> assignmentIds = assignmentIdsByDepartment(campaignId);

        JsonNode withdrawn = expect(api.post("/api/campaigns/" + campaignId + "/withdraw",
                new WithdrawalReason("机构改革，任务调整"), ADMIN), 200);

        assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("withdrawReason").asText()).isEqualTo("机构改革，任务调整");
        JsonNode assignment = expect(api.get("/api/assignments/" + assignmentIds.get("sifa"), ADMIN), 200);
        assertThat(assignment.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(assignment.get("withdrawReason").asText()).isEqualTo("机构改革，任务调整");
        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            List<AssignmentWithdrawn> events = kafka.await(AssignmentWithdrawn.class,
                    event -> assignmentIds.containsValue(event.assignmentId().toString()), 2, Duration.ofSeconds(30));
            assertThat(events).extracting(event -> event.assignmentId().toString(), AssignmentWithdrawn::departmentCode,
                    AssignmentWithdrawn::reason)
                    .containsExactlyInAnyOrder(tuple(assignmentIds.get("sifa"), "sifa", "机构改革，任务调整"),
                            tuple(assignmentIds.get("shichang"), "shichang", "机构改革，任务调整"));
        }

        JsonNode again = expect(api.post("/api/campaigns/" + campaignId + "/withdraw", new WithdrawalReason("再次"), ADMIN), 409);
        assertThat(again.get("code").asText()).isEqualTo("campaign-not-published");
    }

    @Test
    void onlyAPublishedCampaignCanBeWithdrawnAndOnlyWithAReason() {
        Items items = frameworkWithItems();
        UUID campaignId = api.createCampaign(TestData.campaign(items.frameworkId(), dueInDays(10), "sifa"));

        expect(api.post("/api/campaigns/" + campaignId + "/withdraw", new WithdrawalReason("草稿不能撤回"), ADMIN), 409);
        JsonNode problem = expect(api.post("/api/campaigns/" + campaignId + "/withdraw", new WithdrawalReason(""), ADMIN), 400);
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("reason");
        assertThat(problem.at("/errors/0/message/zh-CN").asText()).isEqualTo("不能为空");
        assertThat(expect(api.get("/api/campaigns/" + campaignId, ADMIN), 200).get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void anUnknownCampaignIsNotFound() {
        UUID unknown = UUID.randomUUID();
        expect(api.get("/api/campaigns/" + unknown, ADMIN), 404);
        expect(api.post("/api/campaigns/" + unknown + "/publish", null, ADMIN), 404);
        expect(api.post("/api/campaigns/" + unknown + "/withdraw", new WithdrawalReason("无"), ADMIN), 404);
    }

    @Test
    void campaignsCanBeListedByStatus() {
        Items items = frameworkWithItems();
        UUID draftId = api.createCampaign(TestData.campaign(items.frameworkId(), dueInDays(10), "sifa"));
        UUID publishedId = api.createCampaign(TestData.campaign(items.frameworkId(), dueInDays(10), "sifa"));
        api.publish(publishedId);

        JsonNode published = expect(api.get("/api/campaigns?status=PUBLISHED", TestTokens.viewer()), 200);

        assertThat(published).extracting(c -> c.get("id").asText()).contains(publishedId.toString())
                .doesNotContain(draftId.toString());
        assertThat(published).extracting(c -> c.get("status").asText()).containsOnly("PUBLISHED");
    }

    private Items frameworkWithItems() {
        JsonNode framework = api.createFramework(TestData.framework("督察任务测试用分解表"));
        Map<String, UUID> ids = new java.util.HashMap<>();
        framework.get("aspects").forEach(aspect -> aspect.get("items")
                .forEach(item -> ids.put(item.get("code").asText(), UUID.fromString(item.get("id").asText()))));
        return new Items(UUID.fromString(framework.get("id").asText()), ids);
    }

    private CompletableFuture<Integer> publishing(UUID campaignId) {
        return CompletableFuture.supplyAsync(() -> api.post("/api/campaigns/" + campaignId + "/publish", null, ADMIN)
                .getStatusCode().value());
    }

    private Map<String, String> assignmentIdsByDepartment(UUID campaignId) {
        JsonNode assignments = expect(api.get("/api/assignments?campaignId=" + campaignId, ADMIN), 200);
        Map<String, String> ids = new java.util.HashMap<>();
        assignments.forEach(a -> ids.put(a.get("departmentCode").asText(), a.get("id").asText()));
        assertThat(ids).as("one assignment per department").hasSize(assignments.size());
        return ids;
    }

    private LocalDate dueInDays(int days) {
        return LocalDate.now(clock).plusDays(days);
    }

    private static List<String> indicatorCodes(JsonNode campaign, int department, Items items) {
        return java.util.stream.StreamSupport.stream(campaign.at("/departments/" + department + "/indicatorIds").spliterator(), false)
                .map(id -> items.code(UUID.fromString(id.asText()))).toList();
    }

    private record Items(UUID frameworkId, Map<String, UUID> idsByCode) {

        UUID id(String code) {
            return idsByCode.get(code);
        }

        String code(UUID id) {
            return idsByCode.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey)
                    .findFirst().orElse("?" + id);
        }
    }
}
