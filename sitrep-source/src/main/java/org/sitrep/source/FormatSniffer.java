package org.sitrep.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides an input's format from its first bytes and its file name. Unmistakable content wins (a WARC
 * header, an HTML doctype, an RSS or Atom root element), then the extension, then softer content clues.
 */
final class FormatSniffer {
    static final Map<String, Format> EXTENSIONS = Map.ofEntries(Map.entry("txt", Format.TEXT),
            Map.entry("text", Format.TEXT), Map.entry("html", Format.HTML), Map.entry("htm", Format.HTML),
            Map.entry("xhtml", Format.HTML), Map.entry("rss", Format.FEED), Map.entry("atom", Format.FEED),
            Map.entry("xml", Format.FEED), Map.entry("jsonl", Format.JSON_LINES),
            Map.entry("ndjson", Format.JSON_LINES), Map.entry("json", Format.JSON_LINES),
            Map.entry("warc", Format.WARC));
    private static final Map<String, String> BINARY_MAGIC = Map.of("%PDF-", "a PDF document",
            "PK\u0003\u0004", "a ZIP archive, e.g. .docx or .xlsx", "\u0089PNG", "a PNG image",
            "\u00ff\u00d8\u00ff", "a JPEG image", "GIF8", "a GIF image", "\u001f\u008b", "gzip data inside gzip data",
            "\u00d0\u00cf\u0011\u00e0", "an old Microsoft Office document", "{\\rtf", "an RTF document");
    private static final Pattern FIRST_TAG = Pattern.compile("^<([a-z][a-z0-9:_-]*)");
    private static final Pattern DOCTYPE = Pattern.compile("^<!doctype\\s+([a-z][a-z0-9:_-]*)");
    private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "rdf:rdf", "rdf");
    private static final Set<String> HTML_TAGS = Set.of("html", "head", "body", "meta", "title", "link", "div",
            "p", "article", "main", "section", "header", "h1", "h2", "script", "style", "table", "span", "a");

    private FormatSniffer() {
    }

    static Optional<Format> byExtension(String plainName) {
        int dot = plainName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(EXTENSIONS.get(plainName.substring(dot + 1)));
    }

    static Format detect(Input input, byte[] head) throws InputException {
        String latin = new String(head, StandardCharsets.ISO_8859_1);
        if (latin.startsWith("WARC/")) return Format.WARC;
        for (Map.Entry<String, String> magic : BINARY_MAGIC.entrySet()) {
            if (latin.startsWith(magic.getKey())) throw input.error("binary file, not text (looks like " + magic.getValue() + ")");
        }
        String start = markupStart(head);
        Optional<Format> strong = strongMarkup(start);
        Format format = strong.orElseGet(() -> byExtension(input.plainName()).orElseGet(() -> byContent(start)));
        if (format != Format.WARC && !isUtf16(head)) {
            Optional<String> binary = TextDecoder.binaryReason(head, 0, head.length);
            if (binary.isPresent()) throw input.error(binary.get());
        }
        return format;
    }

    private static Optional<Format> strongMarkup(String start) {
        Matcher doctype = DOCTYPE.matcher(start);
        if (doctype.find()) {
            String name = doctype.group(1);
            if (name.equals("html")) return Optional.of(Format.HTML);
            if (FEED_ROOTS.contains(name)) return Optional.of(Format.FEED);
            start = afterMarkupPreamble(start.substring(start.indexOf('>') + 1));
        }
        Matcher tag = FIRST_TAG.matcher(start);
        if (!tag.find()) return Optional.empty();
        if (tag.group(1).equals("html")) return Optional.of(Format.HTML);
        if (FEED_ROOTS.contains(tag.group(1))) return Optional.of(Format.FEED);
        return Optional.empty();
    }

    private static Format byContent(String start) {
        if (start.startsWith("{")) return Format.JSON_LINES;
        Matcher tag = FIRST_TAG.matcher(start);
        if (tag.find() && HTML_TAGS.contains(tag.group(1))) return Format.HTML;
        if (start.startsWith("<")) return Format.FEED;
        return Format.TEXT;
    }

    /** The head, lower case, from its first tag or character past a BOM, an XML declaration and comments. */
    private static String markupStart(byte[] head) {
        String s;
        if (isUtf16(head)) {
            s = new String(head, StandardCharsets.UTF_16);
        } else {
            int from = TextDecoder.hasUtf8Bom(head) ? 3 : 0;
            s = new String(head, from, head.length - from, StandardCharsets.ISO_8859_1);
        }
        return afterMarkupPreamble(s.toLowerCase(Locale.ROOT));
    }

    private static String afterMarkupPreamble(String s) {
        while (true) {
            s = s.stripLeading();
            if (s.startsWith("<?")) {
                int end = s.indexOf("?>");
                if (end < 0) return s;
                s = s.substring(end + 2);
            } else if (s.startsWith("<!--")) {
                int end = s.indexOf("-->");
                if (end < 0) return s;
                s = s.substring(end + 3);
            } else {
                return s;
            }
        }
    }

    static boolean isUtf16(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF
                || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE);
    }
}
