package org.sitrep.source.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;

/**
 * Reads one {@code <item>} (RSS 0.9x, 1.0, 2.0) or {@code <entry>} (Atom) from a positioned XML stream into a
 * FeedItem, consuming it up to its end tag. Atom's text constructs (text, html, xhtml) are kept apart so
 * that markup becomes text once, in the HTML extractor, and plain text is never parsed as HTML.
 */
final class FeedItemReader {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String RSS_1 = "http://purl.org/rss/1.0/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    /** Date fields in the order they are trusted; "updated" is a last resort (it moves when an item is edited). */
    private static final List<String> DATE_FIELDS = List.of("published", "pubdate", "dc:date", "dcterms:issued",
            "updated");

    private final XMLStreamReader r;
    private final long maxChars;
    private long chars;

    private FeedItemReader(XMLStreamReader r, long maxChars) {
        this.r = r;
        this.maxChars = maxChars;
    }

    /** Reads the item whose start tag the reader is on. */
    static FeedItem read(XMLStreamReader r, long maxChars) throws XMLStreamException {
        return new FeedItemReader(r, maxChars).item();
    }

    private FeedItem item() throws XMLStreamException {
        String title = null;
        String link = null;
        FeedItem.Body content = null;
        FeedItem.Body summary = null;
        Map<Integer, String> dates = new TreeMap<>();
        while (r.next() != XMLStreamConstants.END_ELEMENT) {
            if (r.getEventType() != XMLStreamConstants.START_ELEMENT) continue;
            String name = r.getLocalName().toLowerCase(Locale.ROOT);
            String ns = r.getNamespaceURI() == null ? XMLConstants.NULL_NS_URI : r.getNamespaceURI();
            String type = attribute("type");
            boolean core = ns.isEmpty() || ns.equals(ATOM) || ns.equals(RSS_1);
            if (core && name.equals("title") && title == null) {
                FeedItem.Body t = body(type);
                title = t.html() ? Jsoup.parse(t.value()).text() : t.value();
            } else if (name.equals("encoded") && ns.equals(CONTENT)) {
                content = new FeedItem.Body(text(), true);
            } else if (core && name.equals("content") && attribute("src") == null) {
                content = body(type);
            } else if (core && (name.equals("description") || name.equals("summary"))) {
                summary = name.equals("description") ? new FeedItem.Body(text(), true) : body(type);
            } else if (core && name.equals("link") && link == null) {
                String rel = attribute("rel");
                String href = attribute("href");
                String value = text().strip();
                if (href != null && (rel == null || rel.equals("alternate"))) link = href.strip();
                else if (href == null && !value.isEmpty()) link = value;
            } else {
                String key = core ? name : ns.equals(DC) ? "dc:" + name : ns.equals(DCTERMS) ? "dcterms:" + name : "";
                int rank = DATE_FIELDS.indexOf(key);
                String value = text();
                if (rank >= 0) dates.putIfAbsent(rank, value.strip());
            }
        }
        return new FeedItem(title, content, summary, link, new ArrayList<>(dates.values()), chars > maxChars);
    }

    private FeedItem.Body body(String type) throws XMLStreamException {
        String t = type == null ? "text" : type.toLowerCase(Locale.ROOT);
        if (t.equals("xhtml")) return new FeedItem.Body(markup(), true);
        if (t.equals("html") || t.startsWith("text/html")) return new FeedItem.Body(text(), true);
        return new FeedItem.Body(text(), false);
    }

    private String attribute(String local) {
        String v = r.getAttributeValue(null, local);
        return v == null || v.isBlank() ? null : v;
    }

    /** The text of the current element and everything inside it; the reader ends on its end tag. */
    private String text() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
            else if (isText(event)) add(sb, r.getText());
        }
        return sb.toString();
    }

    /** Inline XHTML content written back as markup; the reader ends on the content's end tag. */
    private String markup() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                add(sb, "<" + r.getLocalName());
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    add(sb, " " + r.getAttributeLocalName(i) + "=\"" + escape(r.getAttributeValue(i)) + "\"");
                }
                add(sb, ">");
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth > 0) add(sb, "</" + r.getLocalName() + ">");
            } else if (isText(event)) {
                add(sb, escape(r.getText()));
            }
        }
        return sb.toString();
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    private void add(StringBuilder sb, String s) {
        chars += s.length();
        if (chars <= maxChars) sb.append(s);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
