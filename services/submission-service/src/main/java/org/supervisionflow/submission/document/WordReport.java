package org.supervisionflow.submission.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a report's document as Word in the layout of the offices' reports: the title and the 文号 centred, each
 * section under its numbered heading with its narrative and its figures as a table, then the contact person and phone
 * and the signature. Fonts are the ones offices use (方正小标宋 for the title, 仿宋_GB2312 for the text, 黑体 for
 * headings), named for East Asian text; Word substitutes what is not installed.
 */
final class WordReport {

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String HEADING_FONT = "黑体";
    private static final String TEXT_FONT = "仿宋_GB2312";

    private WordReport() {
    }

    /** The document as .docx bytes. */
    static byte[] write(ReportDocumentContent content) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(document, ParagraphAlignment.CENTER, TITLE_FONT, 22, true, content.title());
            if (!content.documentNumber().isBlank()) {
                paragraph(document, ParagraphAlignment.CENTER, TEXT_FONT, 16, false, content.documentNumber());
            }
            for (ReportDocumentContent.Section section : content.sections()) {
                section(document, section);
            }
            paragraph(document, ParagraphAlignment.LEFT, TEXT_FONT, 16, false, content.contact());
            paragraph(document, ParagraphAlignment.RIGHT, TEXT_FONT, 16, false, content.signature());
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report document", e);
        }
    }

    private static void section(XWPFDocument document, ReportDocumentContent.Section section) {
        paragraph(document, ParagraphAlignment.LEFT, HEADING_FONT, 16, false, section.heading());
        for (String text : section.paragraphs()) {
            XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH, TEXT_FONT, 16, false, text);
            // Two characters' indent at 三号 (16 pt = 320 twentieths of a point each).
            paragraph.setIndentationFirstLine(640);
        }
        if (!section.figures().isEmpty()) {
            figures(document, section.figures());
        }
    }

    private static void figures(XWPFDocument document, List<ReportDocumentContent.Figure> figures) {
        XWPFTable table = document.createTable(figures.size() + 1, 3);
        table.setWidth("100%");
        row(table.getRow(0), HEADING_FONT, ReportDocumentContent.FIGURE_HEADERS);
        for (int i = 0; i < figures.size(); i++) {
            row(table.getRow(i + 1), TEXT_FONT, figures.get(i).cells());
        }
    }

    private static void row(XWPFTableRow row, String font, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            run(row.getCell(i).getParagraphs().get(0), font, 14, false, cells.get(i));
        }
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
}
