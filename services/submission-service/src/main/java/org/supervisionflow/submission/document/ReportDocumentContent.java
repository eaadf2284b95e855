package org.supervisionflow.submission.document;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.supervisionflow.submission.report.MetricValue;
import org.supervisionflow.submission.report.Report;
import org.supervisionflow.submission.report.SectionSnapshot;
import org.supervisionflow.submission.report.SubmittedVersion;
import org.supervisionflow.submission.report.VersionContent;

/**
 * What the document of a submitted version says, in reading order and as plain text: built once from the immutable
 * version and written as Word ({@link WordReport}) or PDF ({@link PdfReport}), so both say exactly the same.
 *
 * @param title the department and the campaign, e.g. 民政局2025年度法治政府建设情况报告
 * @param name the title with the version, e.g. …报告（第1版）, for file names and document properties
 * @param documentNumber the report's 文号, blank when the department gave none
 * @param sections every section of the version under its numbered heading
 * @param contact the contact person and phone, as one line
 * @param signature the department, the day the version was submitted and its number, as one line
 */
record ReportDocumentContent(String title, String name, String documentNumber, List<Section> sections, String contact,
        String signature) {

    /** The header of every figure table, over {@link Figure#cells()}. */
    static final List<String> FIGURE_HEADERS = List.of("指标", "数值", "单位");

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
            "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>");
    private static final Pattern BLOCK = Pattern.compile("p|div|h[1-6]|tr|blockquote|br|hr|table");
    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n]+");
    /** Separates table cells within their row's line and indents nested list items: as wide as a Chinese character. */
    private static final String IDEOGRAPHIC_SPACE = "\u3000";

    ReportDocumentContent {
        sections = List.copyOf(sections);
    }

    /** The content of {@code version} of {@code report}; the day it was submitted in {@code zone} (the offices'). */
    static ReportDocumentContent of(Report report, SubmittedVersion version, ZoneId zone) {
        VersionContent content = version.content();
        String title = report.departmentName() + report.campaign().title();
        List<Section> sections = new ArrayList<>();
        for (SectionSnapshot section : content.sections()) {
            sections.add(new Section(numeral(sections.size()) + "、" + section.title(), paragraphs(section.narrative()),
                    section.metrics().stream().map(Figure::of).toList()));
        }
        return new ReportDocumentContent(title, title + "（第" + version.number() + "版）", content.documentNumber(),
                sections, "联系人：" + content.contactPerson() + "    联系电话：" + content.contactPhone(),
                report.departmentName() + "    " + DATE.format(version.submittedAt().atZone(zone)) + "（第"
                        + version.number() + "版）");
    }

    /** The name to download the document as, with {@code extension} (docx, pdf). */
    String fileName(String extension) {
        return name + "." + extension;
    }

    /**
     * Sanitized rich text as plain paragraphs: one per block element, a list item with its bullet or number (nested
     * lists indented), a table row as one line with its cells apart, whitespace collapsed and entities resolved.
     */
    static List<String> paragraphs(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        Paragraphs paragraphs = new Paragraphs();
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            paragraphs.text(html.substring(at, tag.start()));
            at = tag.end();
            paragraphs.tag(tag.group(2).toLowerCase(Locale.ROOT), !tag.group(1).isEmpty());
        }
        paragraphs.text(html.substring(at));
        return paragraphs.end();
    }

    private static String numeral(int index) {
        return index < NUMERALS.length ? NUMERALS[index] : String.valueOf(index + 1);
    }

    private static String unescape(String text) {
        Matcher reference = NUMERIC_REFERENCE.matcher(text);
        String characters = reference.replaceAll(match -> Matcher.quoteReplacement(Character.toString(
                Integer.parseInt(match.group(2), match.group(1).isEmpty() ? 10 : 16))));
        return characters.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    /** A section under its numbered heading: its narrative's paragraphs and its figures (none for general sections). */
    record Section(String heading, List<String> paragraphs, List<Figure> figures) {

        Section {
            paragraphs = List.copyOf(paragraphs);
            figures = List.copyOf(figures);
        }
    }

    /** A reported figure as printed: its name, the value (是/否 for yes/no, 未填报 when empty) and its unit. */
    record Figure(String name, String value, String unit) {

        /** The figure's row in a figure table, under {@link #FIGURE_HEADERS}. */
        List<String> cells() {
            return List.of(name, value, unit);
        }

        static Figure of(MetricValue metric) {
            return new Figure(metric.label(), value(metric), metric.unit() == null ? "" : metric.unit());
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
    }

    /** The walk over a narrative's tags that collects its paragraphs. */
    private static final class Paragraphs {

        private final List<String> done = new ArrayList<>();
        /** Per open list, the last number given (0 before the first item), or -1 for a bulleted list. */
        private final Deque<int[]> lists = new ArrayDeque<>();
        private final StringBuilder current = new StringBuilder();
        /** The bullet or number of a list item, until its first text arrives (it may sit in a nested block). */
        private String marker = "";

        void text(String html) {
            current.append(html);
        }

        void tag(String name, boolean closing) {
            switch (name) {
                case "ol", "ul" -> {
                    paragraph();
                    if (closing) {
                        lists.poll();
                    } else {
                        lists.push(new int[] {name.equals("ol") ? 0 : -1});
                    }
                }
                case "li" -> {
                    paragraph();
                    marker = closing || lists.isEmpty() ? "" : marker();
                }
                case "td", "th" -> {
                    if (closing) {
                        current.append(IDEOGRAPHIC_SPACE);
                    }
                }
                default -> {
                    if (BLOCK.matcher(name).matches()) {
                        paragraph();
                    }
                }
            }
        }

        List<String> end() {
            paragraph();
            return List.copyOf(done);
        }

        private String marker() {
            int[] list = lists.peek();
            String indent = IDEOGRAPHIC_SPACE.repeat(lists.size() - 1);
            return list[0] < 0 ? indent + "· " : indent + (++list[0]) + ". ";
        }

        private void paragraph() {
            String text = unescape(SPACES.matcher(current).replaceAll(" ")).strip();
            current.setLength(0);
            if (!text.isEmpty()) {
                done.add(marker + text);
                marker = "";
            }
        }
    }
}
