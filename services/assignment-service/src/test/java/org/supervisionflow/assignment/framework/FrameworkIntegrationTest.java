package org.supervisionflow.assignment.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervisionflow.assignment.Api.expect;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.assignment.Api;
import org.supervisionflow.assignment.AssignmentServiceTest;
import org.supervisionflow.assignment.TestData;
import org.supervisionflow.assignment.framework.FrameworkDraft.AspectDraft;
import org.supervisionflow.assignment.framework.FrameworkDraft.ItemDraft;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

@AssignmentServiceTest
class FrameworkIntegrationTest {

    private static final String ADMIN = TestTokens.officeAdmin();

    private final Api api;

    FrameworkIntegrationTest(@Autowired TestRestTemplate http) {
        this.api = new Api(http);
    }

    @Test
    void createsTheWholeTreeInOnePostAndReadsItBack() {
        JsonNode created = api.createFramework(TestData.framework("2025年度督察内容分解表"));
        String id = created.get("id").asText();

        JsonNode read = expect(api.get("/api/frameworks/" + id, TestTokens.auditor()), 200);
        assertThat(read.get("status").asText()).isEqualTo("DRAFT");
        assertThat(read.get("aspects")).hasSize(2);
        JsonNode courtItem = read.at("/aspects/1/items/0");
        assertThat(courtItem.get("code").asText()).isEqualTo("B.1");
        assertThat(courtItem.get("leadUnit").asText()).isEqualTo("sifa");
        assertThat(courtItem.get("coUnits")).extracting(JsonNode::asText).containsExactly("minzheng", "shichang");
        assertThat(courtItem.at("/metrics/0/kind").asText()).isEqualTo("PERCENTAGE");
        assertThat(courtItem.at("/metrics/0/unit").asText()).as("a percentage gets its unit").isEqualTo("%");
        assertThat(courtItem.get("maxPoints").decimalValue()).isEqualByComparingTo("6");
        assertThat(courtItem.get("scoringRule").asText()).isNotBlank();

        JsonNode summary = find(expect(api.get("/api/frameworks", TestTokens.viewer()), 200), id);
        assertThat(summary.get("itemCount").asInt()).isEqualTo(4);
        assertThat(summary.get("totalPoints").decimalValue()).isEqualByComparingTo("29.5");
    }

    @Test
    void replacingADraftKeepsTheIdsOfItemsWhoseCodeStays() {
        JsonNode created = api.createFramework(TestData.framework("待修改的分解表"));
        String id = created.get("id").asText();
        String keptItemId = created.at("/aspects/0/items/0/id").asText();

        FrameworkDraft draft = TestData.framework("修改后的分解表");
        List<ItemDraft> items = new ArrayList<>(draft.aspects().get(0).items());
        items.add(TestData.item("A.3", "行政执法人员持证上岗", "严格落实持证上岗。", "4", "shichang", List.of("sifa")));
        FrameworkDraft changed = new FrameworkDraft(draft.name(), draft.year(), draft.description(), List.of(
                new AspectDraft("A", "坚持严格规范公正文明执法", items), draft.aspects().get(1)));

        JsonNode replaced = expect(api.put("/api/frameworks/" + id, changed, ADMIN), 200);
        assertThat(replaced.get("name").asText()).isEqualTo("修改后的分解表");
        assertThat(replaced.at("/aspects/0/items")).hasSize(3);
        assertThat(replaced.at("/aspects/0/items/0/id").asText()).isEqualTo(keptItemId);
        assertThat(expect(api.get("/api/frameworks/" + id, ADMIN), 200)).isEqualTo(replaced);
    }

    @Test
    void nonPositivePointsAndMissingFieldsAreListedPerFieldInBothLanguages() {
        FrameworkDraft draft = TestData.framework("坏的分解表");
        ItemDraft bad = new ItemDraft("A.1", "", "要求", BigDecimal.ZERO, "细则", List.of(), null, "sifa", List.of());
        FrameworkDraft invalid = new FrameworkDraft(draft.name(), draft.year(), null,
                List.of(new AspectDraft("A", "方面", List.of(bad))));

        ResponseEntity<JsonNode> response = api.post("/api/frameworks", invalid, ADMIN);

        JsonNode problem = expect(response, 400);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(problem.get("code").asText()).isEqualTo("validation-failed");
        assertThat(problem.get("title").asText()).isEqualTo("输入有误");
        JsonNode points = error(problem, "aspects[0].items[0].maxPoints");
        assertThat(points.at("/message/zh-CN").asText()).isEqualTo("必须大于0");
        assertThat(points.at("/message/en").asText()).isEqualTo("must be greater than 0");
        assertThat(error(problem, "aspects[0].items[0].title")).isNotNull();
    }

    @Test
    void crossFieldRulesAnswerUnprocessableWithEveryViolation() {
        FrameworkDraft draft = new FrameworkDraft("规则冲突的分解表", 2025, null, List.of(
                new AspectDraft("A", "方面一", List.of(
                        TestData.item("X.1", "指标", "要求", "5", "gongan", List.of()),
                        TestData.item("X.1", "重复编号的指标", "要求", "5", "sifa", List.of("sifa", "minzheng", "minzheng")))),
                new AspectDraft("A", "重复的方面", List.of(TestData.item("X.2", "指标", "要求", "5", "sifa", List.of())))));

        ResponseEntity<JsonNode> response = api.call(HttpMethod.POST, "/api/frameworks", draft, ADMIN, "en");

        JsonNode problem = expect(response, 422);
        assertThat(problem.get("code").asText()).isEqualTo("framework-invalid");
        assertThat(problem.get("title").asText()).isEqualTo("Cannot be processed");
        assertThat(problem.at("/i18n/title/zh-CN").asText()).isEqualTo("无法处理");
        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText()).containsExactlyInAnyOrder(
                "aspects[0].items[0].leadUnit", "aspects[0].items[1].code", "aspects[0].items[1].coUnits[0]",
                "aspects[0].items[1].coUnits[2]", "aspects[1].code");
        assertThat(error(problem, "aspects[0].items[0].leadUnit").at("/message/en").asText())
                .isEqualTo("The lead unit is not a known department: gongan");
        assertThat(error(problem, "aspects[0].items[0].leadUnit").at("/message/zh-CN").asText())
                .isEqualTo("牵头单位不是已知部门：gongan");
        assertThat(api.get("/api/frameworks", ADMIN).getBody()).extracting(f -> f.get("name").asText())
                .doesNotContain("规则冲突的分解表");
    }

    @Test
    void aFailedReplaceLeavesTheSavedDraftUnchanged() {
        String id = api.createFramework(TestData.framework("保持不变的分解表")).get("id").asText();
        JsonNode before = expect(api.get("/api/frameworks/" + id, ADMIN), 200);

        FrameworkDraft draft = TestData.framework("不应保存的名称");
        FrameworkDraft invalid = new FrameworkDraft(draft.name(), draft.year(), null, List.of(new AspectDraft("A", "方面",
                List.of(TestData.item("A.1", "指标", "要求", "5", "sifa", List.of("gongan"))))));
        expect(api.put("/api/frameworks/" + id, invalid, ADMIN), 422);

        assertThat(expect(api.get("/api/frameworks/" + id, ADMIN), 200)).isEqualTo(before);
    }

    @Test
    void aFrameworkUsedByAPublishedCampaignCannotBeChanged() {
        JsonNode framework = api.createFramework(TestData.framework("已使用的分解表"));
        UUID frameworkId = UUID.fromString(framework.get("id").asText());
        api.publish(api.createCampaign(TestData.campaign(frameworkId, LocalDate.now().plusDays(30), "sifa")));
        JsonNode before = expect(api.get("/api/frameworks/" + frameworkId, ADMIN), 200);
        assertThat(before.get("status").asText()).isEqualTo("IN_USE");

        ResponseEntity<JsonNode> response = api.put("/api/frameworks/" + frameworkId, TestData.framework("改名"), ADMIN);

        JsonNode problem = expect(response, 409);
        assertThat(problem.get("code").asText()).isEqualTo("framework-in-use");
        assertThat(problem.get("detail").asText()).contains("不能再修改");
        assertThat(problem.at("/i18n/detail/en").asText()).contains("can no longer be changed");
        assertThat(expect(api.get("/api/frameworks/" + frameworkId, ADMIN), 200)).isEqualTo(before);
    }

    @Test
    void anUnknownFrameworkIsNotFound() {
        JsonNode problem = expect(api.get("/api/frameworks/" + UUID.randomUUID(), ADMIN), 404);
        assertThat(problem.get("code").asText()).isEqualTo("not-found");
        expect(api.put("/api/frameworks/" + UUID.randomUUID(), TestData.framework("无"), ADMIN), 404);
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode node : list) {
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }

    private static JsonNode error(JsonNode problem, String field) {
        for (JsonNode error : problem.get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error;
            }
        }
        throw new AssertionError("no error for " + field + " in " + problem);
    }
}
