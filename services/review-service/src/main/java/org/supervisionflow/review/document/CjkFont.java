package org.supervisionflow.review.document;

import java.io.File;
import java.io.IOException;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CJK font documents embed (a subset of): by default WenQuanYi Zen Hei from Debian's {@code fonts-wqy-zenhei}
 * (TrueType outlines, which PDFBox embeds; GPL with a font embedding exception). Another TrueType font or collection
 * can be configured with {@code supervision.documents.cjk-font} (and {@code cjk-font-name} within a collection).
 */
@Component
class CjkFont {

    private final File file;
    private final String name;

    CjkFont(@Value("${supervision.documents.cjk-font:/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}") File file,
            @Value("${supervision.documents.cjk-font-name:WenQuanYiZenHei}") String name) {
        this.file = file;
        this.name = name;
    }

    /** Loads the font into the document; the returned collection (if any) must stay open until the document is saved. */
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
            throw new IllegalStateException("The font collection " + file + " has no font named " + name);
        }
        return new Loaded(PDType0Font.load(document, font, true), collection);
    }

    /** A loaded font and what has to stay open while the document uses it. */
    record Loaded(PDType0Font font, TrueTypeCollection collection) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            if (collection != null) {
                collection.close();
            }
        }
    }
}
