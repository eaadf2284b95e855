package org.supervisionflow.documents;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;

import org.junit.jupiter.api.Test;

/** A font that is not there fails the document with a message that says what to install or set. */
class CjkFontTest {

    @Test
    void aMissingFontFileNamesThePackageAndTheSetting() {
        CjkFont missing = new CjkFont(new File("/nonexistent/wqy-zenhei.ttc"), "WenQuanYiZenHei");

        assertThatThrownBy(() -> PdfPages.render(missing, "报告", "test", pages -> pages.title("报告")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nonexistent/wqy-zenhei.ttc", "fonts-wqy-zenhei", "supervision.documents.cjk-font");
    }

    @Test
    void aNameTheCollectionDoesNotHoldIsReported() {
        CjkFont unknown = new CjkFont(PdfPagesTest.FONT_FILE, "NoSuchFont");

        assertThatThrownBy(() -> PdfPages.render(unknown, "报告", "test", pages -> pages.title("报告")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no font named NoSuchFont", "supervision.documents.cjk-font-name");
    }
}
