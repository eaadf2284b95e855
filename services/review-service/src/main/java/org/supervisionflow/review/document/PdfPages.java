package org.supervisionflow.review.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays text out on A4 pages in one embedded font: a centred title, wrapped paragraphs and label–value lines, with a
 * new page whenever the current one is full. Chinese wraps between any two characters, so lines break by width.
 */
final class PdfPages implements AutoCloseable {

    private static final float MARGIN = 64;
    private static final float TEXT_SIZE = 11.5f;
    private static final float LEADING = 1.6f;

    private final PDDocument document;
    private final PDFont font;
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument document, PDFont font) {
        this.document = document;
        this.font = font;
    }

    PdfPages title(String text) throws IOException {
        float size = 20;
        ensureRoom(size * 2.5f);
        float width = font.getStringWidth(text) / 1000 * size;
        write(text, (PDRectangle.A4.getWidth() - width) / 2, size);
        y -= size * 0.5f;
        return this;
    }

    /** A line centred on the page (a subtitle, a notice number). */
    PdfPages centred(String text) throws IOException {
        return aligned(text, 0.5f);
    }

    /** A line flush with the right margin, as an issuing office and its date sign a document. */
    PdfPages right(String text) throws IOException {
        return aligned(text, 1);
    }

    private PdfPages aligned(String text, float share) throws IOException {
        ensureRoom(TEXT_SIZE * LEADING);
        float width = font.getStringWidth(text) / 1000 * TEXT_SIZE;
        write(text, MARGIN + (PDRectangle.A4.getWidth() - 2 * MARGIN - width) * share, TEXT_SIZE);
        return this;
    }

    /** A paragraph, wrapped to the page's width. */
    PdfPages paragraph(String text) throws IOException {
        for (String line : wrap(text, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
            ensureRoom(TEXT_SIZE * LEADING);
            write(line, MARGIN, TEXT_SIZE);
        }
        return this;
    }

    /** "label：value", the value wrapped and indented under itself. */
    PdfPages field(String label, String value) throws IOException {
        String prefix = label + "：";
        float indent = font.getStringWidth(prefix) / 1000 * TEXT_SIZE;
        List<String> lines = wrap(value == null || value.isBlank() ? "—" : value,
                PDRectangle.A4.getWidth() - 2 * MARGIN - indent);
        for (int i = 0; i < lines.size(); i++) {
            ensureRoom(TEXT_SIZE * LEADING);
            if (i == 0) {
                write(prefix, MARGIN, TEXT_SIZE);
                y += TEXT_SIZE * LEADING;
            }
            write(lines.get(i), MARGIN + indent, TEXT_SIZE);
        }
        return this;
    }

    PdfPages gap() {
        y -= TEXT_SIZE;
        return this;
    }

    byte[] bytes() throws IOException {
        closeContent();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        closeContent();
    }

    private List<String> wrap(String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i < paragraph.length()) {
                int codePoint = paragraph.codePointAt(i);
                String next = new String(Character.toChars(codePoint));
                if (line.length() > 0 && font.getStringWidth(line + next) / 1000 * TEXT_SIZE > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(next);
                i += Character.charCount(codePoint);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private void write(String text, float x, float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        y -= size * LEADING;
    }

    private void ensureRoom(float height) throws IOException {
        if (content == null || y - height < MARGIN) {
            closeContent();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
