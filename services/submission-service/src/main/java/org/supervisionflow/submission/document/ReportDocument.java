package org.supervisionflow.submission.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.supervisionflow.submission.report.MetricValue;
import org.supervisionflow.submission.report.Report;
import org.supervisionflow.submission.report.SectionSnapshot;
import org.supervisionflow.submission.report.SubmittedVersion;
import org.supervisionflow.submission.report.VersionContent;

/**
 * Writes a submitted version as a Word document in the layout of the offices' reports: the title (department and
 * campaign) and the report's 文号 centred, each section under a numbered heading with its narrative and its figures as
 * a table, then the contact person and phone and the version's date. Fonts are the ones offices use (方正小标宋 for
 * the title, 仿宋_GB2312 for the text, 黑体 for headings), named for East Asian text; Word substitutes what is not
 * installed. Text comes from the immutable version, so the document reads the same forever.
 */
public final class ReportDocument {

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String HEADING_FONT = "黑体";
    private static final String TEXT_FONT = "仿宋_GB2312";
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
            "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};
    /** The ends of block elements in sanitized rich text: each one ends a paragraph. */
    private static final Pattern BLOCK_END = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|h[1-6]|tr|blockquote)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private ReportDocument() {
    }

    /** The version as .docx bytes; dates in {@code zone} (the offices'). */
    public static byte[] write(Report report, SubmittedVersion version, ZoneId zone) {
        VersionContent content = version.content();
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(document, ParagraphAlignment.CENTER, TITLE_FONT, 22, true,
                    report.departmentName() + report.campaign().title());
            if (!content.documentNumber().isBlank()) {
                paragraph(document, ParagraphAlignment.CENTER, TEXT_FONT, 16, false, content.documentNumber());
            }
            List<SectionSnapshot> sections = content.sections();
            for (int i = 0; i < sections.size(); i++) {
                section(document, numeral(i) + "、" + sections.get(i).title(), sections.get(i));
            }
            paragraph(document, ParagraphAlignment.LEFT, TEXT_FONT, 16, false,
                    "联系人：" + content.contactPerson() + "    联系电话：" + content.contactPhone());
            paragraph(document, ParagraphAlignment.RIGHT, TEXT_FONT, 16, false,
                    report.departmentName() + "    " + DATE.format(version.submittedAt().atZone(zone)) + "（第"
                            + version.number() + "版）");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report document", e);
        }
    }

    private static void section(XWPFDocument document, String heading, SectionSnapshot section) {
        paragraph(document, ParagraphAlignment.LEFT, HEADING_FONT, 16, false, heading);
        for (String text : paragraphs(section.narrative())) {
            XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH, TEXT_FONT, 16, false, text);
            // Two characters' indent at 三号 (16 pt = 320 twentieths of a point each).
            paragraph.setIndentationFirstLine(640);
        }
        if (!section.metrics().isEmpty()) {
            figures(document, section.metrics());
        }
    }

    private static void figures(XWPFDocument document, List<MetricValue> metrics) {
        XWPFTable table = document.createTable(metrics.size() + 1, 3);
        table.setWidth("100%");
        row(table.getRow(0), true, "指标", "数值", "单位");
        for (int i = 0; i < metrics.size(); i++) {
            MetricValue metric = metrics.get(i);
            row(table.getRow(i + 1), false, metric.label(), value(metric), metric.unit() == null ? "" : metric.unit());
        }
    }

    private static void row(XWPFTableRow row, boolean header, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            run(paragraph, header ? HEADING_FONT : TEXT_FONT, 14, false, cells[i]);
        }
    }

    private static String value(MetricValue metric) {
        if (metric.value() == null || metric.value().isNull()) {
            return "未填报";
        }
        if (metric.value().isBoolean()) {
            return metric.value().asBoolean() ? "是" : "否";
        }
        return metric.value().decimalValue().stripTrailingZeros().toPlainString();
    }

    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment, String font, int size,
            boolean bold, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, font, size, bold, text);
        return paragraph;
    }

    private static void run(XWPFParagraph paragraph, String font, int size, boolean bold, String text) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }

    /** The narrative's paragraphs as plain text: sanitized HTML, one paragraph per block, entities resolved. */
    static List<String> paragraphs(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        return BLOCK_END.splitAsStream(html)
                .map(block -> unescape(TAG.matcher(block).replaceAll("")).strip())
                .filter(text -> !text.isEmpty())
                .toList();
    }

    private static String unescape(String text) {
        Matcher reference = NUMERIC_REFERENCE.matcher(text);
        String characters = reference.replaceAll(match -> Matcher.quoteReplacement(Character.toString(
                Integer.parseInt(match.group(2), match.group(1).isEmpty() ? 10 : 16))));
        return characters.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    private static String numeral(int index) {
        return index < NUMERALS.length ? NUMERALS[index] : String.valueOf(index + 1);
    }
}
