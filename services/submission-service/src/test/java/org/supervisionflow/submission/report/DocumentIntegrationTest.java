package org.supervisionflow.submission.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.testsupport.TestTokens;

/** A submitted version as .docx in the official layout, read back with POI; readable by whoever reads the version. */
class DocumentIntegrationTest extends ReportIntegrationTest {

    @Test
    void aVersionReadsBackWithTitleNumberSectionsFigureTablesAndContact() throws IOException {
        draft("<p>严格落实负责人出庭应诉制度。</p><p>全年出庭应诉<b>12</b>次，&lt;全部&gt;履行生效裁判。</p>", 100);
        submit();

        ResponseEntity<byte[]> response = download(base + "/versions/1/document.docx", TestTokens.submitter("minzheng"));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).endsWith("（第1版）.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getBody()))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("民政局2025年度法治政府建设情况报告");
            assertThat(paragraphs.get(1)).isEqualTo("民政〔2026〕5号");
            assertThat(paragraphs).contains("一、工作推进情况总体概述", "三、行政机关负责人出庭应诉",
                    "严格落实负责人出庭应诉制度。", "全年出庭应诉12次，<全部>履行生效裁判。",
                    "联系人：张明    联系电话：0571-87050000");
            assertThat(paragraphs.get(paragraphs.size() - 1)).startsWith("民政局").endsWith("（第1版）");
            List<XWPFTable> tables = document.getTables();
            XWPFTable courtFigures = tables.stream().filter(table -> table.getText().contains("出庭应诉率"))
                    .findFirst().orElseThrow();
            assertThat(courtFigures.getRow(0).getCell(0).getText()).isEqualTo("指标");
            assertThat(courtFigures.getRow(1).getCell(0).getText()).isEqualTo("行政机关负责人出庭应诉率");
            assertThat(courtFigures.getRow(1).getCell(1).getText()).isEqualTo("100");
            assertThat(courtFigures.getRow(1).getCell(2).getText()).isEqualTo("%");
            assertThat(courtFigures.getRow(2).getCell(1).getText()).isEqualTo("是");
            assertThat(tables).anySatisfy(table -> assertThat(table.getText()).contains("法制审核人员", "未填报", "人"));
        }
    }

    @Test
    void aVersionNotSubmittedHasNoDocument() {
        assertThat(download(base + "/versions/1/document.docx", TestTokens.leader("minzheng")).getStatusCode().value())
                .isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} downloads the document: {2}")
    @MethodSource("readers")
    void theDocumentIsReadLikeTheVersion(String caller, String token, int status) {
        draft("<p>已落实。</p>", 98);
        submit();
        assertThat(download(base + "/versions/1/document.docx", token).getStatusCode().value()).isEqualTo(status);
    }

    static Stream<Arguments> readers() {
        return Callers.expecting(200, 404, 200);
    }

    private void submit() {
        Api.ok(api.post(base + "/send-for-approval", TestTokens.submitter("minzheng"), null));
        Api.ok(api.post(base + "/approve", TestTokens.leader("minzheng"), null));
    }

    private ResponseEntity<byte[]> download(String path, String token) {
        HttpHeaders headers = token == null ? new HttpHeaders() : TestTokens.headers(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }
}
