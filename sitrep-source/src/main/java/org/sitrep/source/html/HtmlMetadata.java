package org.sitrep.source.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.source.DateText;

/**
 * Reads a page's own title and publication date from its markup: Open Graph and article meta tags, JSON-LD
 * {@code datePublished}, microdata, Dublin Core and other named metas, then {@code <time>} elements.
 * A publisher's metadata is the most reliable date a page has; a value that is not a date is passed over.
 */
final class HtmlMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE_TIME = "article:published_time";
    /** Meta names and properties for the publication date, most specific first. */
    private static final List<String> DATE_METAS = List.of("og:article:published_time", "og:published_time",
            "published_time", "article.published", "datepublished", "pubdate", "publishdate", "publish-date",
            "publish_date", "publication_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
            "dcterms.created", "dc.date.created", "sailthru.date", "parsely-pub-date", "og:pubdate", "date");

    private HtmlMetadata() {
    }

    static String title(Document doc) {
        String og = metas(doc).getOrDefault("og:title", "");
        if (!og.isBlank()) return og.strip();
        if (!doc.title().isBlank()) return doc.title().strip();
        Element h1 = doc.selectFirst("h1");
        return h1 == null ? "" : h1.text().strip();
    }

    static Optional<LocalDate> published(Document doc) {
        Map<String, String> metas = metas(doc);
        Optional<LocalDate> d = DateText.parse(metas.get(ARTICLE_TIME));
        if (d.isPresent()) return d;
        d = jsonLd(doc);
        if (d.isPresent()) return d;
        for (Element e : doc.select("[itemprop=datePublished]")) {
            d = DateText.parse(firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
            if (d.isPresent()) return d;
        }
        for (String name : DATE_METAS) {
            d = DateText.parse(metas.get(name));
            if (d.isPresent()) return d;
        }
        return timeElement(doc);
    }

    /** Every meta's name or property (lower case) with its content; the first of a name wins. */
    private static Map<String, String> metas(Document doc) {
        Map<String, String> metas = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            for (String key : new String[] {m.attr("property"), m.attr("name"), m.attr("itemprop")}) {
                if (!key.isBlank()) metas.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), m.attr("content"));
            }
        }
        return metas;
    }

    private static Optional<LocalDate> jsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                Optional<LocalDate> d = DateText.parse(find(JSON.readTree(script.data()), "datePublished"));
                if (d.isPresent()) return d;
            } catch (JsonProcessingException | RuntimeException e) {
                continue;
            }
        }
        return Optional.empty();
    }

    private static String find(JsonNode node, String key) {
        if (node == null) return null;
        if (node.isObject()) {
            JsonNode v = node.get(key);
            if (v != null && v.isTextual()) return v.asText();
            for (JsonNode child : node) {
                String found = find(child, key);
                if (found != null) return found;
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                String found = find(child, key);
                if (found != null) return found;
            }
        }
        return null;
    }

    private static Optional<LocalDate> timeElement(Document doc) {
        for (String selector : new String[] {"time[pubdate]", "article time[datetime]", "time[datetime]"}) {
            for (Element t : doc.select(selector)) {
                if (t.closest("nav, aside, footer") != null) continue;
                Optional<LocalDate> d = DateText.parse(firstNonBlank(t.attr("datetime"), t.text()));
                if (d.isPresent()) return d;
            }
        }
        return Optional.empty();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v;
        }
        return null;
    }
}
