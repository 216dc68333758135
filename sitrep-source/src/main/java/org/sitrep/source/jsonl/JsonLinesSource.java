package org.sitrep.source.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.model.Article;
import org.sitrep.source.ArticleSource;
import org.sitrep.source.Articles;
import org.sitrep.source.DateText;
import org.sitrep.source.Input;
import org.sitrep.source.InputException;
import org.sitrep.source.PublishedDate;
import org.sitrep.source.SourceItem;
import org.sitrep.source.SourceLimits;
import org.sitrep.source.TextDecoder;
import org.sitrep.source.html.HtmlPages;

/**
 * Reads JSON lines: one JSON object per line, one article per object, with its text in "text" (or "content",
 * "body", or HTML in "html"), and optional "title", a date ("published", "date", "published_at", ...) and
 * "url" or "id". A bad line is reported as FILE:LINE with the reason and skipped; the others are read.
 */
public final class JsonLinesSource implements ArticleSource {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final List<String> TEXT_FIELDS = List.of("text", "content", "body", "html");
    private static final List<String> TITLE_FIELDS = List.of("title", "headline");
    private static final List<String> DATE_FIELDS = List.of("published", "date", "published_at", "publishedAt",
            "pubDate", "datePublished", "date_published", "publication_date");
    private static final List<String> URL_FIELDS = List.of("url", "link");
    /** Epoch numbers above this are milliseconds, below it seconds (1e11 s is in the year 5138). */
    private static final long MILLIS_FROM = 100_000_000_000L;
    private static final int GIVE_UP_AFTER = 20;

    private final SourceLimits limits;

    public JsonLinesSource(SourceLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(Input input, LocalDate publishedOverride, Consumer<SourceItem> sink) throws InputException {
        int good = 0;
        int bad = 0;
        try (InputStream in = input.open(limits.maxArchiveBytes())) {
            BoundedLines lines = new BoundedLines(in, limits.maxRecordBytes());
            for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
                String where = input.name() + ":" + line.number();
                try {
                    String json = decode(line, where);
                    if (json.isBlank()) continue;
                    if (line.number() == 1 && json.strip().startsWith("[")) {
                        throw input.error("a JSON array; Sitrep reads JSON lines (one JSON object per line)");
                    }
                    sink.accept(new SourceItem.Read(article(json, where, publishedOverride)));
                    good++;
                } catch (InputException e) {
                    if (e.input().equals(input.name())) throw e;
                    sink.accept(new SourceItem.Failed(e));
                    if (++bad >= GIVE_UP_AFTER && good == 0) {
                        throw input.error("gave up after " + bad
                                + " bad lines and no good one; is it JSON lines (one JSON object per line)?");
                    }
                }
            }
        } catch (IOException e) {
            throw input.failure(e);
        }
        if (good == 0 && bad == 0) throw input.error("empty file (no JSON objects)");
    }

    private String decode(BoundedLines.Line line, String where) throws InputException {
        if (line.tooLong()) {
            throw new InputException(where, "line too long (more than " + limits.maxRecordBytes() + " bytes)");
        }
        byte[] bytes = line.bytes();
        int start = line.number() == 1 && TextDecoder.hasUtf8Bom(bytes) ? 3 : 0;
        try {
            return TextDecoder.decode(bytes, start, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InputException(where, "not valid UTF-8 (" + TextDecoder.badByte(bytes, start, StandardCharsets.UTF_8)
                    + " in the line)");
        }
    }

    private Article article(String json, String where, LocalDate publishedOverride) throws InputException {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage().lines().findFirst().orElse("").strip();
            if (reason.startsWith("Trailing token")) reason = "more than one JSON value on the line";
            String hint = reason.contains("end-of-input") ? "; each line must hold one whole JSON object" : "";
            throw new InputException(where, "not valid JSON at column " + e.getLocation().getColumnNr() + ": "
                    + reason + hint);
        }
        if (!node.isObject()) throw new InputException(where, "not a JSON object (one object per line, with a \"text\")");
        Map.Entry<String, String> text = firstString(node, TEXT_FIELDS, where);
        if (text == null) throw new InputException(where, "no text field (\"text\", \"content\", \"body\" or \"html\")");
        String body = text.getKey().equals("html") || HtmlPages.hasBlockMarkup(text.getValue())
                ? HtmlPages.fragmentText(text.getValue()) : text.getValue();
        if (body.isBlank()) throw new InputException(where, "\"" + text.getKey() + "\" is empty");
        Map.Entry<String, String> title = firstString(node, TITLE_FIELDS, where);
        Map.Entry<String, String> url = firstString(node, URL_FIELDS, where);
        JsonNode id = node.get("id");
        String origin = url != null ? where + " (" + url.getValue() + ")"
                : id != null && id.isValueNode() && !id.isNull() ? where + " (id " + id.asText() + ")" : where;
        LocalDate published = PublishedDate.choose(publishedOverride, date(node, where), null, body);
        return Articles.create(origin, title == null ? null : title.getValue(), body, published);
    }

    private static Map.Entry<String, String> firstString(JsonNode node, List<String> fields, String where)
            throws InputException {
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v == null || v.isNull()) continue;
            if (!v.isTextual()) throw new InputException(where, "\"" + f + "\" is not a string");
            return Map.entry(f, v.asText());
        }
        return null;
    }

    private static LocalDate date(JsonNode node, String where) throws InputException {
        for (String f : DATE_FIELDS) {
            JsonNode v = node.get(f);
            if (v == null || v.isNull() || v.isTextual() && v.asText().isBlank()) continue;
            if (v.isIntegralNumber() && v.asLong() > 0) {
                long n = v.asLong();
                Instant t = n >= MILLIS_FROM ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
                return LocalDate.ofInstant(t, ZoneOffset.UTC);
            }
            if (v.isTextual()) {
                return DateText.parse(v.asText()).orElseThrow(() -> new InputException(where,
                        "\"" + f + "\" is not a date: \"" + v.asText() + "\" (use YYYY-MM-DD or ISO 8601)"));
            }
            throw new InputException(where, "\"" + f + "\" is not a date: " + v);
        }
        return null;
    }
}
