package org.sitrep.source.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.sitrep.source.ArticleSource;
import org.sitrep.source.Input;
import org.sitrep.source.InputException;
import org.sitrep.source.SourceItem;
import org.sitrep.source.SourceLimits;
import org.sitrep.source.html.HtmlPage;
import org.sitrep.source.html.HtmlPages;

/**
 * Reads a WARC archive (1.0 or 1.1, plain, gzipped whole or record by record): every HTML page in a
 * {@code response} (or {@code resource}) record is an article, extracted like an HTML file; other records are
 * skipped and counted in a note. WARC-Date is when the page was crawled, not published, so it is never the
 * article's date: the page's own metadata is, else a dateline in its text, else the date stays unknown.
 */
public final class WarcSource implements ArticleSource {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final SourceLimits limits;

    public WarcSource(SourceLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(Input input, LocalDate publishedOverride, Consumer<SourceItem> sink) throws InputException {
        Tally tally = new Tally();
        WarcReader reader = null;
        try (InputStream in = input.open(limits.maxArchiveBytes())) {
            reader = new WarcReader(in);
            for (WarcReader.Header h = reader.next(); h != null; h = reader.next()) {
                record(input, reader, h, publishedOverride, sink, tally);
            }
        } catch (WarcFormatException e) {
            if (e.noRecordStart() && reader.current() == 1) {
                throw input.error("not a WARC file (" + e.getMessage().replace("not a WARC record: ", "") + ")");
            }
            tally.fail(sink, input.name() + "#record " + reader.current(),
                    e.getMessage() + "; the records after it were not read");
        } catch (IOException e) {
            if (reader == null || reader.current() == 1 && tally.pages == 0 && tally.failed == 0) {
                throw input.failure(e);
            }
            tally.fail(sink, input.name() + "#record " + reader.current(),
                    input.reason(e) + "; the records after it were not read");
        }
        if (tally.pages == 0 && tally.failed == 0) {
            throw input.error("no HTML pages in the archive" + (tally.skipped.isEmpty() ? "" : " (" + tally.summary() + ")"));
        }
        if (!tally.skipped.isEmpty()) {
            sink.accept(new SourceItem.Note(input.name(), "skipped " + tally.skippedCount()
                    + " record(s) that are not HTML pages (" + tally.summary() + ")"));
        }
    }

    private void record(Input input, WarcReader reader, WarcReader.Header h, LocalDate publishedOverride,
            Consumer<SourceItem> sink, Tally tally) throws IOException, WarcFormatException {
        String where = input.name() + "#record " + h.number();
        String uri = targetUri(h);
        String origin = uri == null ? where : where + " (" + uri + ")";
        String type = String.valueOf(h.field("WARC-Type")).toLowerCase(Locale.ROOT);
        if (!type.equals("response") && !type.equals("resource")) {
            reader.skip(h);
            tally.skip(type);
            return;
        }
        if (h.length() > limits.maxRecordBytes()) {
            reader.skip(h);
            tally.fail(sink, where, "record too large (" + h.length() + " bytes; the limit is "
                    + limits.maxRecordBytes() + ")");
            return;
        }
        byte[] block = reader.block(h);
        try {
            Payload payload = payload(h, type, block);
            if (payload.skipReason() != null) {
                tally.skip(payload.skipReason());
                return;
            }
            HtmlPage page = HtmlPages.read(payload.bytes(), payload.charset(), origin);
            sink.accept(new SourceItem.Read(page.article(origin, publishedOverride)));
            tally.pages++;
        } catch (HttpResponse.BadResponse e) {
            tally.fail(sink, origin, e.getMessage());
        } catch (InputException e) {
            tally.failed++;
            sink.accept(new SourceItem.Failed(e));
        }
    }

    /** What one archive gave: pages read, records failed, records skipped by kind. */
    private static final class Tally {
        final Map<String, Integer> skipped = new TreeMap<>();
        int pages;
        int failed;

        void skip(String kind) {
            skipped.merge(kind, 1, Integer::sum);
        }

        void fail(Consumer<SourceItem> sink, String origin, String reason) {
            failed++;
            sink.accept(new SourceItem.Failed(new InputException(origin, reason)));
        }

        int skippedCount() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }

        String summary() {
            return skipped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        }
    }

    /** An HTML payload with the charset its HTTP header gives, or why the record is not one. */
    private record Payload(byte[] bytes, String charset, String skipReason) {
        static Payload skip(String reason) {
            return new Payload(null, null, reason);
        }
    }

    private Payload payload(WarcReader.Header h, String type, byte[] block) throws HttpResponse.BadResponse {
        String recordType = mediaType(h.field("Content-Type"));
        if (type.equals("response") && (recordType == null || recordType.equals("application/http"))) {
            HttpResponse http = HttpResponse.parse(block, limits.maxRecordBytes());
            if (http.status() < 200 || http.status() > 299) return Payload.skip("response " + http.status());
            String media = http.mediaType() != null ? http.mediaType() : mediaType(h.field("WARC-Identified-Payload-Type"));
            if (!isHtml(media, http.body())) return Payload.skip("response " + (media == null ? "without a type" : media));
            return new Payload(http.body(), http.charset(), null);
        }
        if (!isHtml(recordType, block)) return Payload.skip(type + " " + (recordType == null ? "without a type" : recordType));
        return new Payload(block, null, null);
    }

    private static boolean isHtml(String media, byte[] body) {
        if (media != null && HTML_TYPES.contains(media)) return true;
        if (media != null && !media.equals("application/octet-stream") && !media.equals("text/plain")) return false;
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    private static String mediaType(String contentType) {
        if (contentType == null) return null;
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static String targetUri(WarcReader.Header h) {
        String uri = h.field("WARC-Target-URI");
        if (uri == null) return null;
        return uri.startsWith("<") && uri.endsWith(">") ? uri.substring(1, uri.length() - 1) : uri;
    }
}
