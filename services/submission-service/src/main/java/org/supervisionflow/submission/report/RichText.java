package org.supervisionflow.submission.report;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Cleans drafted rich text on the server with OWASP's java-html-sanitizer before it is stored: what the
 * editor produces (paragraphs, headings, lists, tables, emphasis, links) stays; scripts, event handlers,
 * styles and anything else are dropped, so no stored text can run in a reader's browser.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("br", "hr").toFactory());

    private RichText() {
    }

    /** The text with only the allowed markup left; null becomes empty. */
    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
