package org.sitrep.source.html;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sitrep.source.InputException;

/**
 * Turns HTML into what Sitrep codes: whole pages into an {@link HtmlPage}, fragments (a feed item's
 * description) into text. The entry point for every format that carries HTML.
 */
public final class HtmlPages {
    private static final Pattern MARKUP = Pattern.compile(
            "</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+\\d*);");

    private static final Pattern BLOCK_MARKUP = Pattern.compile(
            "(?i)<(p|div|br|h[1-6]|li|ul|ol|article|section|blockquote|table)\\b[^<>]*>");

    private HtmlPages() {
    }

    /** A page from its bytes; transportCharset is an HTTP header's charset, or null. */
    public static HtmlPage read(byte[] bytes, String transportCharset, String input) throws InputException {
        return parse(HtmlDecoder.decode(bytes, transportCharset, input));
    }

    public static HtmlPage parse(String html) {
        Document doc = Jsoup.parse(html);
        String title = HtmlMetadata.title(doc);
        var published = HtmlMetadata.published(doc).orElse(null);
        return new HtmlPage(title, ArticleExtractor.text(doc), published);
    }

    /** The text of an HTML fragment, paragraphs separated by blank lines, entities decoded. */
    public static String fragmentText(String html) {
        return ArticleExtractor.fragmentText(Jsoup.parseBodyFragment(html).body());
    }

    /** Whether a string is HTML markup rather than plain text (it has a tag or an entity). */
    public static boolean looksLikeHtml(String s) {
        return MARKUP.matcher(s).find();
    }

    /** Whether a string has block-level HTML tags: plain text with a stray "<" or "&" is left as text. */
    public static boolean hasBlockMarkup(String s) {
        return BLOCK_MARKUP.matcher(s).find();
    }
}
