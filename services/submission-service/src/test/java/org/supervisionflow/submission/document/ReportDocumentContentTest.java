package org.supervisionflow.submission.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A narrative's sanitized rich text as the plain paragraphs both documents print. */
class ReportDocumentContentTest {

    @Test
    void eachBlockIsAParagraphWithEntitiesResolvedAndWhitespaceCollapsed() {
        assertThat(ReportDocumentContent.paragraphs("<p>严格落实负责人出庭应诉制度。</p>\n<p>全年出庭应诉<b>12</b>次，\n  "
                + "&lt;全部&gt;履行&amp;执行&#65281;</p><h2>小结</h2>第一行<br>第二行<div></div>"))
                .containsExactly("严格落实负责人出庭应诉制度。", "全年出庭应诉12次， <全部>履行&执行！", "小结", "第一行", "第二行");
    }

    @Test
    void listItemsKeepTheirBulletsAndNumbersAndNestedOnesAreIndented() {
        assertThat(ReportDocumentContent.paragraphs("<p>主要做法：</p><ol><li>完善制度</li><li><p>加强培训</p>"
                + "<ul><li>集中学法</li><li>旁听庭审</li></ul></li><li>强化考核</li></ol><ul><li>另一项</li></ul>"))
                .containsExactly("主要做法：", "1. 完善制度", "2. 加强培训", "\u3000· 集中学法", "\u3000· 旁听庭审",
                        "3. 强化考核", "· 另一项");
    }

    @Test
    void aTableRowIsOneLineWithItsCellsApartAndEmptyBlocksAreSkipped() {
        assertThat(ReportDocumentContent.paragraphs("<table><tbody><tr><th>事项</th><th>完成</th></tr>"
                + "<tr><td>执法公示</td><td>是</td></tr></tbody></table><p> </p><ul><li></li></ul>"))
                .containsExactly("事项\u3000完成", "执法公示\u3000是");
    }

    @Test
    void anEmptyNarrativeHasNoParagraphs() {
        assertThat(ReportDocumentContent.paragraphs(null)).isEmpty();
        assertThat(ReportDocumentContent.paragraphs("  ")).isEmpty();
    }
}
