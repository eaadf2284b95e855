package org.supervisionflow.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** PDFs written with the installed WenQuanYi Zen Hei and read back with PDFBox's text extraction. */
class PdfPagesTest {

    static final File FONT_FILE = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    static final CjkFont FONT = new CjkFont(FONT_FILE, "WenQuanYiZenHei");
    private static final List<PdfPages.Column> FIGURES = List.of(new PdfPages.Column("指标", 3),
            new PdfPages.Column("数值", 1), new PdfPages.Column("单位", 1));

    @Test
    void aDocumentReadsBackInChineseWithItsTitleHeadingsParagraphsFieldsAndTableAndEmbedsTheFont() throws IOException {
        byte[] pdf = PdfPages.render(FONT, "民政局法治政府建设情况报告", "督察通 test", pages -> pages
                .title("民政局2025年度法治政府建设情况报告").centred("民政〔2026〕5号")
                .heading("一、行政机关负责人出庭应诉")
                .indented("严格落实负责人出庭应诉制度，全年出庭应诉12次。")
                .paragraph("· 第一项：完善制度")
                .table(FIGURES, List.of(List.of("行政机关负责人出庭应诉率", "100", "%"), List.of("法制审核人员", "未填报", "人")))
                .field("联系人", "张明").field("备注", " ")
                .gap().right("民政局"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);

            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("民政局法治政府建设情况报告");
            assertThat(lines(text)).containsSubsequence("民政局2025年度法治政府建设情况报告", "民政〔2026〕5号",
                    "一、行政机关负责人出庭应诉", "严格落实负责人出庭应诉制度，全年出庭应诉12次。", "· 第一项：完善制度");
            assertThat(text).contains("指标", "数值", "单位", "行政机关负责人出庭应诉率", "100", "%", "未填报", "人",
                    "联系人：张明", "备注：—", "民政局");
            PDResources resources = document.getPage(0).getResources();
            assertThat(resources.getFontNames()).singleElement().satisfies(name -> {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("WenQuanYi");
            });
        }
    }

    @Test
    void longParagraphsWrapWithinTheMarginsAndContinueOnTheNextPage() throws IOException {
        String sentence = "依法全面履行政府职能，推进机构职能优化协同高效。";
        String paragraph = sentence.repeat(120);

        try (PDDocument document = Loader.loadPDF(PdfPages.render(FONT, "长文", "test", pages -> pages
                .title("长文").indented(paragraph)))) {
            PositionStripper stripper = new PositionStripper();
            String text = stripper.getText(document);

            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(text.replaceAll("\\s", "")).isEqualTo("长文" + paragraph);
            float rightMargin = document.getPage(0).getMediaBox().getWidth() - 64;
            assertThat(stripper.positions).isNotEmpty().allSatisfy(position -> {
                assertThat(position.getXDirAdj()).isGreaterThanOrEqualTo(63.9f);
                assertThat(position.getXDirAdj() + position.getWidthDirAdj()).isLessThanOrEqualTo(rightMargin + 0.1f);
                assertThat(position.getYDirAdj()).isBetween(64f, document.getPage(0).getMediaBox().getHeight() - 64);
            });
        }
    }

    @Test
    void latinWordsBreakAtSpacesNotInTheMiddle() throws IOException {
        String english = IntStream.range(0, 60).mapToObj(i -> "administrative" + i + " reconsideration")
                .reduce((a, b) -> a + " " + b).orElseThrow();

        try (PDDocument document = Loader.loadPDF(PdfPages.render(FONT, "words", "test", pages -> pages
                .paragraph(english)))) {
            String text = new PDFTextStripper().getText(document);

            assertThat(lines(text)).hasSizeGreaterThan(5);
            assertThat(text.split("\\s+")).containsExactly(english.split(" "));
        }
    }

    @Test
    void aLongTableContinuesOnTheNextPageUnderItsHeaderAndKeepsEachRowWhole() throws IOException {
        List<List<String>> rows = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> List.of("第" + i + "项指标，" + "说明文字较长需要换行显示".repeat(i % 3 + 1), String.valueOf(i), "件"))
                .toList();

        try (PDDocument document = Loader.loadPDF(PdfPages.render(FONT, "表格", "test", pages -> pages
                .title("表格").table(FIGURES, rows)))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s", ""));
            }
            assertThat(pages).allSatisfy(page -> assertThat(page).contains("指标数值单位"));
            for (List<String> row : rows) {
                String whole = String.join("", row);
                assertThat(pages).as("row %s on one page", row.get(1)).filteredOn(page -> page.contains(whole)).hasSize(1);
            }
        }
    }

    @Test
    void aCellTallerThanAPageIsSplitAcrossPages() throws IOException {
        String longText = "整改措施逐项落实到位。".repeat(400);

        try (PDDocument document = Loader.loadPDF(PdfPages.render(FONT, "长单元格", "test", pages -> pages
                .table(FIGURES, List.of(List.of(longText, "1", "项"), List.of("下一行", "2", "项")))))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");

            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains("下一行2项").startsWith("指标数值单位");
            assertThat(text.replace("指标数值单位", "").replace("1项", "").replace("下一行2项", "")).isEqualTo(longText);
        }
    }

    @Test
    void charactersTheFontLacksPrintAsBoxesAndControlCharactersAreDropped() throws IOException {
        try (PDDocument document = Loader.loadPDF(PdfPages.render(FONT, "符号", "test", pages -> pages
                .paragraph("完成😀\u0007\t任务")))) {
            assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo("完成□ 任务");
        }
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        assertThatThrownBy(() -> PdfPages.render(FONT, "表格", "test", pages -> pages
                .table(FIGURES, List.of(List.of("只有一格")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells for 3 columns");
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }


    /** Collects where each character was placed. */
    private static final class PositionStripper extends PDFTextStripper {

        final List<TextPosition> positions = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
            positions.addAll(textPositions);
            super.writeString(text, textPositions);
        }
    }
}
