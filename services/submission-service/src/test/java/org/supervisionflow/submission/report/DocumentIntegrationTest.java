package org.supervisionflow.submission.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.testsupport.TestTokens;

/**
 * A submitted version as .docx and as PDF in the official layout, read back with POI and PDFBox; both say the same and
 * are readable by whoever reads the version.
 */
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
    void aVersionAsPdfReadsBackInChineseWithTitleNumberSectionsFiguresAndContactInAnEmbeddedFont() throws IOException {
        draft("<p>严格落实负责人出庭应诉制度。</p><ol><li>全年出庭应诉<b>12</b>次</li><li>&lt;全部&gt;履行生效裁判</li></ol>", 100);
        submit();

        ResponseEntity<byte[]> response = download(base + "/versions/1/document.pdf", TestTokens.leader("minzheng"));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains("filename*=UTF-8''");
        assertThat(response.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("民政局2025年度法治政府建设情况报告（第1版）.pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("民政局2025年度法治政府建设情况报告（第1版）");
            assertThat(lines(text)).containsSubsequence("民政局2025年度法治政府建设情况报告", "民政〔2026〕5号",
                    "一、工作推进情况总体概述", "二、严格落实行政执法三项制度", "三、行政机关负责人出庭应诉",
                    "严格落实负责人出庭应诉制度。", "1. 全年出庭应诉12次", "2. <全部>履行生效裁判",
                    "四、主要负责人履行推进法治建设第一责任人职责情况", "五、存在问题", "六、下一步工作安排");
            String compact = text.replaceAll("\\s", "");
            assertThat(compact).contains("指标数值单位行政机关负责人出庭应诉率100%是否全部履行生效裁判是",
                    "法制审核人员未填报人", "联系人：张明联系电话：0571-87050000");
            assertThat(lines(text).getLast()).startsWith("民政局").endsWith("（第1版）");
            PDResources resources = pdf.getPage(0).getResources();
            PDFont font = resources.getFont(resources.getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("WenQuanYi");
        }
    }

    @Test
    void thePdfSaysWhatTheWordDocumentSaysInTheSameOrder() throws IOException {
        draft("<p>严格落实负责人出庭应诉制度。</p><ul><li>完善制度</li><li>加强培训</li></ul>", 96);
        submit();

        String word;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                download(base + "/versions/1/document.docx", TestTokens.auditor()).getBody()))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    table.getRows().forEach(row -> row.getTableCells().forEach(cell -> text.append(cell.getText())));
                }
            }
            word = text.toString();
        }
        try (PDDocument pdf = Loader.loadPDF(download(base + "/versions/1/document.pdf", TestTokens.auditor()).getBody())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s", ""))
                    .isEqualTo(word.replaceAll("\\s", "")).contains("·完善制度", "96%");
        }
    }

    @ParameterizedTest(name = "version not submitted: no {0}")
    @ValueSource(strings = {"docx", "pdf"})
    void aVersionNotSubmittedHasNoDocument(String format) {
        assertThat(download(base + "/versions/1/document." + format, TestTokens.leader("minzheng")).getStatusCode()
                .value()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{1} downloads the {0}: {3}")
    @MethodSource("readers")
    void theDocumentIsReadLikeTheVersion(String format, String caller, String token, int status) {
        draft("<p>已落实。</p>", 98);
        submit();
        assertThat(download(base + "/versions/1/document." + format, token).getStatusCode().value()).isEqualTo(status);
    }

    static Stream<Arguments> readers() {
        return Stream.of("docx", "pdf").flatMap(format -> Callers.expecting(200, 404, 200)
                .map(caller -> Arguments.of(Stream.concat(Stream.of(format), Arrays.stream(caller.get())).toArray())));
    }

    private void submit() {
        Api.ok(api.post(base + "/send-for-approval", TestTokens.submitter("minzheng"), null));
        Api.ok(api.post(base + "/approve", TestTokens.leader("minzheng"), null));
    }

    private ResponseEntity<byte[]> download(String path, String token) {
        HttpHeaders headers = token == null ? new HttpHeaders() : TestTokens.headers(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

}
