package org.supervisionflow.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays text out on A4 pages in one embedded CJK font: a centred title, headings, wrapped paragraphs, label–value
 * lines and tables, with a new page whenever the current one is full (a table repeats its header there). Chinese
 * wraps between any two characters, so lines break by width; Latin words break at spaces where they can. Characters
 * the font has no glyph for print as □ instead of failing the whole document.
 */
public final class PdfPages {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 64;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TITLE_SIZE = 20;
    private static final float HEADING_SIZE = 14;
    private static final float TEXT_SIZE = 11.5f;
    private static final float TABLE_SIZE = 10.5f;
    private static final float LEADING = 1.6f;
    private static final float CELL_PADDING = 4;
    private static final float HEADER_SHADE = 0.9f;

    private final PDDocument document;
    private final PDFont font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private final String missingGlyph;
    private PDPageContentStream content;
    /** The top of the free space on the current page. */
    private float top;

    private PdfPages(PDDocument document, PDFont font) {
        this.document = document;
        this.font = font;
        this.missingGlyph = hasGlyph('□') ? "□" : "?";
    }

    /**
     * Writes one document: a new PDF with the font embedded, {@code title} and {@code creator} in its properties,
     * the pages {@code layout} fills.
     *
     * @return the PDF's bytes
     * @throws IllegalStateException when the font is missing
     * @throws UncheckedIOException when the PDF cannot be written
     */
    public static byte[] render(CjkFont font, String title, String creator, Layout layout) {
        try (PDDocument document = new PDDocument(); CjkFont.Loaded loaded = font.load(document)) {
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator(creator);
            PdfPages pages = new PdfPages(document, loaded.font());
            try {
                layout.write(pages);
            } finally {
                pages.closePage();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The document " + title + " could not be written", e);
        }
    }

    /** The document's title, large and centred (wrapped and centred line by line if it is long). */
    public PdfPages title(String text) throws IOException {
        aligned(text, TITLE_SIZE, 0.5f);
        top -= TITLE_SIZE * 0.5f;
        return this;
    }

    /** A line centred on the page (a subtitle, a document number). */
    public PdfPages centred(String text) throws IOException {
        return aligned(text, TEXT_SIZE, 0.5f);
    }

    /** A line flush with the right margin, as an issuing office and its date sign a document. */
    public PdfPages right(String text) throws IOException {
        return aligned(text, TEXT_SIZE, 1);
    }

    /** A section heading, kept on the same page as the first lines under it. */
    public PdfPages heading(String text) throws IOException {
        top -= TEXT_SIZE * 0.5f;
        List<String> lines = wrap(text, HEADING_SIZE, WIDTH, WIDTH);
        ensureRoom(lines.size() * HEADING_SIZE * LEADING + 2 * TEXT_SIZE * LEADING);
        for (String line : lines) {
            write(line, MARGIN, HEADING_SIZE);
        }
        return this;
    }

    /** A paragraph, wrapped to the page's width. */
    public PdfPages paragraph(String text) throws IOException {
        for (String line : wrap(text, TEXT_SIZE, WIDTH, WIDTH)) {
            ensureRoom(TEXT_SIZE * LEADING);
            write(line, MARGIN, TEXT_SIZE);
        }
        return this;
    }

    /** A body paragraph as official documents set it: the first line indented by two characters. */
    public PdfPages indented(String text) throws IOException {
        float indent = 2 * TEXT_SIZE;
        List<String> lines = wrap(text, TEXT_SIZE, WIDTH - indent, WIDTH);
        for (int i = 0; i < lines.size(); i++) {
            ensureRoom(TEXT_SIZE * LEADING);
            write(lines.get(i), MARGIN + (i == 0 ? indent : 0), TEXT_SIZE);
        }
        return this;
    }

    /** "label：value", the value wrapped and indented under itself; a blank value shows as —. */
    public PdfPages field(String label, String value) throws IOException {
        String prefix = printable(label) + "：";
        float indent = width(prefix, TEXT_SIZE);
        List<String> lines = wrap(value == null || value.isBlank() ? "—" : value, TEXT_SIZE, WIDTH - indent,
                WIDTH - indent);
        for (int i = 0; i < lines.size(); i++) {
            ensureRoom(TEXT_SIZE * LEADING);
            if (i == 0) {
                show(prefix, MARGIN, top - TEXT_SIZE, TEXT_SIZE);
            }
            write(lines.get(i), MARGIN + indent, TEXT_SIZE);
        }
        return this;
    }

    /**
     * A table with a shaded header row: each cell wrapped to its column's width, a row that does not fit moves to the
     * next page (where the header is repeated), and only a row taller than a whole page is split across pages.
     *
     * @param rows one list of cells per row, as many as there are columns (a null cell is empty)
     */
    public PdfPages table(List<Column> columns, List<List<String>> rows) throws IOException {
        float shares = (float) columns.stream().mapToDouble(Column::share).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = WIDTH * columns.get(i).share() / shares;
        }
        List<List<String>> header = cells(columns.stream().map(Column::header).toList(), widths);
        List<List<List<String>>> body = new ArrayList<>();
        for (List<String> cells : rows) {
            if (cells.size() != widths.length) {
                throw new IllegalArgumentException("A row has " + cells.size() + " cells for " + widths.length
                        + " columns: " + cells);
            }
            body.add(cells(cells, widths));
        }
        top -= TEXT_SIZE * 0.25f;
        ensureRoom(rowHeight(lines(header)) + rowHeight(body.isEmpty() ? 1 : lines(body.getFirst())));
        row(header, widths, true);
        boolean freshPage = true;
        for (List<List<String>> row : body) {
            int from = 0;
            int count = lines(row);
            while (from < count) {
                int fit = (int) ((top - MARGIN - rowHeight(1)) / (TABLE_SIZE * LEADING)) + 1;
                if (!freshPage && fit < count - from) {
                    // Keep the row whole on the next page, under the header again.
                    continueOnNewPage(header, widths);
                    freshPage = true;
                    continue;
                }
                int to = Math.min(count, from + Math.max(1, fit));
                row(slice(row, from, to), widths, false);
                from = to;
                freshPage = false;
                if (from < count) {
                    continueOnNewPage(header, widths);
                }
            }
        }
        top -= TEXT_SIZE * 0.5f;
        return this;
    }

    /** An empty line's worth of space. */
    public PdfPages gap() {
        top -= TEXT_SIZE;
        return this;
    }

    private PdfPages aligned(String text, float size, float share) throws IOException {
        for (String line : wrap(text, size, WIDTH, WIDTH)) {
            ensureRoom(size * LEADING);
            write(line, MARGIN + (WIDTH - width(line, size)) * share, size);
        }
        return this;
    }

    private void continueOnNewPage(List<List<String>> header, float[] widths) throws IOException {
        newPage();
        row(header, widths, true);
    }

    private void row(List<List<String>> cells, float[] widths, boolean header) throws IOException {
        float height = rowHeight(lines(cells));
        if (header) {
            content.setNonStrokingColor(HEADER_SHADE);
            content.addRect(MARGIN, top - height, WIDTH, height);
            content.fill();
            content.setNonStrokingColor(0f);
        }
        content.setLineWidth(0.5f);
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            content.addRect(x, top - height, widths[i], height);
            content.stroke();
            List<String> lines = cells.get(i);
            for (int line = 0; line < lines.size(); line++) {
                show(lines.get(line), x + CELL_PADDING, top - CELL_PADDING - TABLE_SIZE - line * TABLE_SIZE * LEADING,
                        TABLE_SIZE);
            }
            x += widths[i];
        }
        top -= height;
    }

    private List<List<String>> cells(List<String> texts, float[] widths) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            String text = texts.get(i) == null ? "" : texts.get(i);
            float width = widths[i] - 2 * CELL_PADDING;
            cells.add(wrap(text, TABLE_SIZE, width, width));
        }
        return cells;
    }

    private static int lines(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1);
    }

    private static List<List<String>> slice(List<List<String>> cells, int from, int to) {
        return cells.stream().map(lines -> lines.subList(Math.min(from, lines.size()), Math.min(to, lines.size())))
                .toList();
    }

    private static float rowHeight(int lines) {
        return 2 * CELL_PADDING + TABLE_SIZE * 1.25f + (lines - 1) * TABLE_SIZE * LEADING;
    }

    /** The text in lines no wider than the widths (the first line's may differ); each line break starts a line. */
    private List<String> wrap(String text, float size, float firstWidth, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i < paragraph.length()) {
                int codePoint = paragraph.codePointAt(i);
                String next = Character.toString(codePoint);
                float limit = lines.isEmpty() ? firstWidth : width;
                if (!line.isEmpty() && width(line + next, size) > limit) {
                    int space = wordStart(line, codePoint);
                    lines.add(line.substring(0, space).stripTrailing());
                    line.delete(0, space);
                    if (line.isEmpty() && codePoint == ' ') {
                        i++;
                        continue;
                    }
                }
                line.append(next);
                i += Character.charCount(codePoint);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Where to break a line before {@code next}: after the last space when a Latin word would be cut, else here. */
    private static int wordStart(StringBuilder line, int next) {
        if (!isWordCharacter(next)) {
            return line.length();
        }
        int start = line.length();
        while (start > 0 && isWordCharacter(line.charAt(start - 1))) {
            start--;
        }
        return start > 0 && line.charAt(start - 1) == ' ' ? start : line.length();
    }

    private static boolean isWordCharacter(int codePoint) {
        return codePoint < 0x80 && Character.isLetterOrDigit(codePoint);
    }

    /** The text with tabs as spaces, other control characters dropped and glyphs the font lacks as □. */
    private String printable(String text) throws IOException {
        StringBuilder printable = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            if (codePoint == '\t') {
                printable.append(' ');
            } else if (codePoint == '\n') {
                printable.append('\n');
            } else if (!Character.isISOControl(codePoint)) {
                printable.append(hasGlyph(codePoint) ? Character.toString(codePoint) : missingGlyph);
            }
        }
        return printable.toString();
    }

    private boolean hasGlyph(int codePoint) {
        return glyphs.computeIfAbsent(codePoint, character -> {
            try {
                font.encode(Character.toString(character));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Writes a line at the top of the free space and moves below it. */
    private void write(String text, float x, float size) throws IOException {
        show(text, x, top - size, size);
        top -= size * LEADING;
    }

    private void show(String text, float x, float baseline, float size) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private void ensureRoom(float height) throws IOException {
        if (content == null || top - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        closePage();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        top = PAGE.getHeight() - MARGIN;
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** What goes on the pages of one document. */
    @FunctionalInterface
    public interface Layout {

        /** Writes the document's content, from the top of its first page. */
        void write(PdfPages pages) throws IOException;
    }

    /** A table column: its header and its share of the text width (shares are relative, e.g. 3, 1, 1). */
    public record Column(String header, float share) {

        public Column {
            if (!(share > 0)) {
                throw new IllegalArgumentException("A column's share must be positive: " + header + " " + share);
            }
        }
    }
}
