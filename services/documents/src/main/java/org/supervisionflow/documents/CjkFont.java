package org.supervisionflow.documents;

import java.io.File;
import java.io.IOException;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font documents embed (a subset of): a TrueType font file, or one font of a TrueType collection by name. By
 * default WenQuanYi Zen Hei from Debian's {@code fonts-wqy-zenhei} (TrueType outlines, which PDFBox embeds; GPL with a
 * font embedding exception); services configure it with {@code supervision.documents.cjk-font} and
 * {@code cjk-font-name} (see {@link DocumentsAutoConfiguration}).
 */
public final class CjkFont {

    private final File file;
    private final String name;

    /** The font in {@code file}; {@code name} picks it out of a collection ({@code .ttc}) and is ignored otherwise. */
    public CjkFont(File file, String name) {
        this.file = file;
        this.name = name;
    }

    /**
     * Loads the font into the document, to embed the glyphs the document uses.
     *
     * @throws IllegalStateException when the file is missing or the collection has no font of that name
     */
    Loaded load(PDDocument document) throws IOException {
        if (!file.isFile()) {
            throw new IllegalStateException("The CJK font " + file + " is missing (Debian package fonts-wqy-zenhei,"
                    + " or set supervision.documents.cjk-font)");
        }
        if (!file.getName().toLowerCase().endsWith(".ttc")) {
            return new Loaded(PDType0Font.load(document, file), null);
        }
        TrueTypeCollection collection = new TrueTypeCollection(file);
        TrueTypeFont font = collection.getFontByName(name);
        if (font == null) {
            collection.close();
            throw new IllegalStateException("The font collection " + file + " has no font named " + name
                    + " (set supervision.documents.cjk-font-name)");
        }
        return new Loaded(PDType0Font.load(document, font, true), collection);
    }

    @Override
    public String toString() {
        return file + (file.getName().toLowerCase().endsWith(".ttc") ? "#" + name : "");
    }

    /** A loaded font and the collection that has to stay open until the document is saved. */
    record Loaded(PDType0Font font, TrueTypeCollection collection) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            if (collection != null) {
                collection.close();
            }
        }
    }
}
