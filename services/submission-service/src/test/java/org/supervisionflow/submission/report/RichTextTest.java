package org.supervisionflow.submission.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void keepsChineseTextAndItsFullWidthPunctuationAsCharacters() {
        String text = "<p>（一）行政复议案件46件，纠错率12.5%；“三项制度”：全面落实。</p>";

        assertThat(RichText.sanitize(text)).isEqualTo(text);
    }

    @Test
    void keepsTheEditorsFormattingButDropsScriptsHandlersAndStyles() {
        String sanitized = RichText.sanitize("<h2>概述</h2><p style=\"color:red\" onmouseover=\"x()\">正文<script>alert(1)"
                + "</script><iframe src=\"https://evil\"></iframe></p><table><tr><td>12</td></tr></table>"
                + "<a href=\"https://www.gov.cn\">链接</a><a href=\"javascript:alert(1)\">坏链接</a>");

        assertThat(sanitized).contains("<h2>概述</h2>", "<td>12</td>", "href=\"https://www.gov.cn\"", "坏链接")
                .doesNotContain("script", "onmouseover", "style", "iframe", "javascript", "alert");
    }

    @Test
    void markupSignificantCharactersStayEscaped() {
        assertThat(RichText.sanitize("a &lt;b&gt; &amp; \"c\"")).doesNotContain("<b>").contains("&lt;b&gt;", "&amp;");
    }

    @Test
    void nothingBecomesEmpty() {
        assertThat(RichText.sanitize(null)).isEmpty();
    }
}
