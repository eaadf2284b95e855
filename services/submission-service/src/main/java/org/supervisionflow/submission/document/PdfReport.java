package org.supervisionflow.submission.document;

import java.util.List;
import java.util.stream.IntStream;

import org.supervisionflow.documents.CjkFont;
import org.supervisionflow.documents.PdfPages;

/**
 * Writes a report's document as PDF with the embedded CJK font, in the same order and words as the Word document:
 * the title and the 文号 centred, each section under its numbered heading with its narrative as indented paragraphs
 * and its figures as a table, then the contact line and the signature flush right.
 */
final class PdfReport {

    /** The figure name gets most of the width; the value and the unit are short. */
    private static final float[] SHARES = {6, 2, 1.5f};
    private static final List<PdfPages.Column> FIGURE_COLUMNS = IntStream.range(0, SHARES.length)
            .mapToObj(i -> new PdfPages.Column(ReportDocumentContent.FIGURE_HEADERS.get(i), SHARES[i])).toList();

    private PdfReport() {
    }

    /** The document as PDF bytes. */
    static byte[] write(ReportDocumentContent content, CjkFont font) {
        return PdfPages.render(font, content.name(), "督察通 submission-service", pages -> {
            pages.title(content.title());
            if (!content.documentNumber().isBlank()) {
                pages.centred(content.documentNumber());
            }
            pages.gap();
            for (ReportDocumentContent.Section section : content.sections()) {
                pages.heading(section.heading());
                for (String paragraph : section.paragraphs()) {
                    pages.indented(paragraph);
                }
                if (!section.figures().isEmpty()) {
                    pages.table(FIGURE_COLUMNS, section.figures().stream().map(ReportDocumentContent.Figure::cells).toList());
                }
            }
            pages.gap().paragraph(content.contact()).gap().right(content.signature());
        });
    }
}
