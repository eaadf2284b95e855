package org.supervisionflow.assignment.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.supervisionflow.assignment.Api.expect;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.assignment.Api;
import org.supervisionflow.assignment.AssignmentServiceTest;
import org.supervisionflow.assignment.Workbooks;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/** The office's 督察内容分解表 in and out of Excel: import all or nothing with every wrong cell named, export read back. */
@AssignmentServiceTest
class FrameworkExcelIntegrationTest {

    private static final String ADMIN = TestTokens.officeAdmin();
    private static final List<Object> HEADER = List.of("一级指标", "二级指标", "分值", "评分标准", "牵头单位", "配合单位", "佐证材料");

    private final Api api;

    FrameworkExcelIntegrationTest(@Autowired TestRestTemplate http) {
        this.api = new Api(http);
    }

    @Test
    void aDecompositionTableImportsAsADraftFrameworkWithDepartmentsByName() {
        byte[] sheet = Workbooks.xlsx(List.of(HEADER,
                row("一、依法全面履行政府职能", "全面实行权责清单制度。按要求公开并动态调整权责清单。", 5, "未公开的扣2分，扣完为止。",
                        "司法局", "市场监管局、民政局", "权责清单公开网页截图"),
                // A merged aspect cell reads as blank below its first row.
                row(null, "推行“双随机、一公开”监管", 4.5, "每少开展一次扣0.5分", "shichang", "", ""),
                row(null, null, null, null, null, null, null),
                row("二、坚持严格规范公正文明执法", "行政执法三项制度", "6分", "未落实的不得分", "司法局", null, "制度文件")));

        JsonNode framework = expect(api.post("/api/frameworks/import",
                Workbooks.upload(sheet, "2026年度督察内容分解表（导入）", 2026), ADMIN), 201);

        assertThat(framework.get("status").asText()).isEqualTo("DRAFT");
        assertThat(framework.get("year").asInt()).isEqualTo(2026);
        assertThat(framework.get("aspects")).extracting(a -> a.get("code").asText(), a -> a.get("title").asText())
                .containsExactly(tuple("1", "一、依法全面履行政府职能"), tuple("2", "二、坚持严格规范公正文明执法"));
        JsonNode first = framework.at("/aspects/0/items/0");
        assertThat(first.get("code").asText()).isEqualTo("1.1");
        assertThat(first.get("title").asText()).isEqualTo("全面实行权责清单制度");
        assertThat(first.get("requirement").asText()).isEqualTo("全面实行权责清单制度。按要求公开并动态调整权责清单。");
        assertThat(first.get("maxPoints").decimalValue()).isEqualByComparingTo("5");
        assertThat(first.get("leadUnit").asText()).isEqualTo("sifa");
        assertThat(first.get("coUnits")).extracting(JsonNode::asText).containsExactly("shichang", "minzheng");
        assertThat(first.get("expectedEvidence").asText()).isEqualTo("权责清单公开网页截图");
        JsonNode second = framework.at("/aspects/0/items/1");
        assertThat(second.get("code").asText()).isEqualTo("1.2");
        assertThat(second.get("maxPoints").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(second.get("leadUnit").asText()).isEqualTo("shichang");
        assertThat(framework.at("/aspects/1/items/0/maxPoints").decimalValue()).isEqualByComparingTo("6");
    }

    @Test
    void everyWrongCellIsReportedByRowAndCellInBothLanguagesAndNothingIsImported() {
        String name = "有误的分解表";
        byte[] sheet = Workbooks.xlsx(List.of(HEADER,
                row("一、依法全面履行政府职能", "全面实行权责清单制度", "五分", "未公开的扣2分", "司法局", "", ""),
                row(null, "政务公开", 3, "", "教育局", "", ""),
                row(null, "行政复议", 2, "按件扣分", "司法局", "司法局", "")));

        ResponseEntity<JsonNode> response = api.post("/api/frameworks/import", Workbooks.upload(sheet, name, 2026), ADMIN);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        JsonNode problem = response.getBody();
        assertThat(problem.get("code").asText()).isEqualTo("framework-import-invalid");
        assertThat(problem.at("/i18n/detail/en").asText()).contains("Nothing was imported");
        assertThat(problem.get("errors")).extracting(e -> e.get("row").asInt(), e -> e.get("cell").asText(),
                e -> e.get("field").asText())
                .containsExactly(tuple(2, "C2", "points"), tuple(3, "D3", "scoring rule"), tuple(3, "E3", "lead unit"),
                        tuple(4, "F4", "co-units"));
        assertThat(problem.at("/errors/0/message/zh-CN").asText()).isEqualTo("第 2 行 C2：分值须为大于 0 的数字，最多两位小数：五分");
        assertThat(problem.at("/errors/2/message/en").asText()).isEqualTo("Row 3, cell E3: Not a known department: 教育局");
        assertThat(expect(api.get("/api/frameworks", ADMIN), 200)).extracting(f -> f.get("name").asText())
                .doesNotContain(name);
    }

    @Test
    void aSheetWithoutTheRequiredColumnsOrThatIsNoWorkbookIsRefused() {
        byte[] noPoints = Workbooks.xlsx(List.of(List.of("一级指标", "二级指标", "评分标准", "牵头单位", "配合单位", "佐证材料"),
                row("一、依法全面履行政府职能", "权责清单", "扣分", "司法局", "", "")));
        ResponseEntity<JsonNode> missing = api.post("/api/frameworks/import", Workbooks.upload(noPoints, "缺列", 2026), ADMIN);
        assertThat(missing.getStatusCode().value()).isEqualTo(422);
        assertThat(missing.getBody().at("/errors/0/message/zh-CN").asText()).contains("表头缺少“分值”列");

        ResponseEntity<JsonNode> text = api.post("/api/frameworks/import",
                Workbooks.upload("不是表格".getBytes(StandardCharsets.UTF_8), "文本", 2026), ADMIN);
        assertThat(text.getStatusCode().value()).isEqualTo(422);
        assertThat(text.getBody().get("code").asText()).isEqualTo("framework-import-unreadable");

        assertThat(api.post("/api/frameworks/import", Workbooks.upload(noPoints, " ", 2026), ADMIN).getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void anExportedFrameworkReadsBackAndImportsUnchanged() {
        JsonNode framework = api.createFramework(org.supervisionflow.assignment.TestData.framework("导出测试用分解表"));

        byte[] exported = api.download("/api/frameworks/" + framework.get("id").asText() + "/export", ADMIN);

        List<List<String>> rows = Workbooks.read(exported);
        assertThat(rows.get(0)).containsExactly("一级指标", "编号", "二级指标", "具体要求", "分值", "评分标准", "牵头单位",
                "配合单位", "佐证材料");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1)).containsExactly("坚持严格规范公正文明执法", "A.1", "行政执法三项制度",
                "全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度。", "10", "未落实的扣分，最多扣完本项分值。", "司法局", "市场监管局",
                "相关制度文件及台账");
        assertThat(rows.get(3).get(7)).isEqualTo("民政局、市场监管局");
        assertThat(rows.get(4).get(4)).isEqualTo("5.5");

        JsonNode imported = expect(api.post("/api/frameworks/import", Workbooks.upload(exported, "再导入", 2025), ADMIN), 201);
        assertThat(items(imported)).isEqualTo(items(framework));
    }

    private static List<String> items(JsonNode framework) {
        List<String> items = new java.util.ArrayList<>();
        framework.get("aspects").forEach(aspect -> aspect.get("items").forEach(item -> items.add(String.join("|",
                aspect.get("title").asText(), item.get("code").asText(), item.get("title").asText(),
                item.get("requirement").asText(), item.get("maxPoints").decimalValue().stripTrailingZeros().toPlainString(),
                item.get("scoringRule").asText(), item.get("leadUnit").asText(), item.get("coUnits").toString(),
                item.path("expectedEvidence").asText()))));
        return items;
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
