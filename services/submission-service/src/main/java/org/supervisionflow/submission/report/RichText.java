package org.supervisionflow.submission.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * OWASP's encoder writes some non-ASCII characters as numeric references, among them the full-width
     * punctuation every Chinese sentence has (，：；（）). None of them can form markup, so they are written
     * back as characters: stored text stays readable, searchable and comparable between versions.
     */
    private static final Pattern NON_ASCII_REFERENCE = Pattern.compile("&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    private RichText() {
    }

    /** The text with only the allowed markup left; null becomes empty. */
    public static String sanitize(String html) {
        if (html == null) {
            return "";
        }
        return NON_ASCII_REFERENCE.matcher(POLICY.sanitize(html)).replaceAll(reference -> {
            int codePoint = reference.group(1) != null ? Integer.parseInt(reference.group(1), 16)
                    : Integer.parseInt(reference.group(2));
            boolean plainText = codePoint >= 0xA0 && Character.isValidCodePoint(codePoint)
                    && codePoint != 0x2028 && codePoint != 0x2029;
            return Matcher.quoteReplacement(plainText ? Character.toString(codePoint) : reference.group());
        });
    }
}
