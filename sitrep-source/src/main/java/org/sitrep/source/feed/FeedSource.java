package org.sitrep.source.feed;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sitrep.source.Articles;
import org.sitrep.source.Input;
import org.sitrep.source.InputException;
import org.sitrep.source.ArticleSource;
import org.sitrep.source.PublishedDate;
import org.sitrep.source.SourceItem;
import org.sitrep.source.SourceLimits;
import org.sitrep.source.html.HtmlPages;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed: each item is an article whose text is its full content, else
 * its description, HTML turned into text; its date is --published, else the item's own date, else a dateline.
 * Links are never followed (Sitrep does not download), and a malformed feed is reported with its line and
 * column, keeping the items read before the error.
 */
public final class FeedSource implements ArticleSource {
    private static final Set<String> ROOTS = Set.of("rss", "feed", "rdf");

    private final SourceLimits limits;

    public FeedSource(SourceLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(Input input, LocalDate publishedOverride, Consumer<SourceItem> sink) throws InputException {
        int items = 0;
        int read = 0;
        XMLStreamReader r = null;
        try (InputStream in = input.open(limits.maxArchiveBytes())) {
            r = FeedXml.reader(in, input.name());
            try {
                while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!r.isStartElement()) throw input.error("not an RSS or Atom feed (no XML element in it)");
                String root = r.getLocalName().toLowerCase(Locale.ROOT);
                if (!ROOTS.contains(root)) {
                    String prefix = r.getPrefix() == null || r.getPrefix().isEmpty() ? "" : r.getPrefix() + ":";
                    throw input.error("not an RSS or Atom feed (the root element is <" + prefix + r.getLocalName() + ">)");
                }
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && isItem(r)) {
                        items++;
                        FeedItem item = FeedItemReader.read(r, limits.maxRecordBytes());
                        emit(item, input.name() + "#item " + items, publishedOverride, sink);
                        read++;
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            IOException io = FeedXml.ioCause(e);
            InputException error = io != null ? input.failure(io)
                    : input.error(FeedXml.describe(e, r == null ? null : r.getLocation())
                            + (read > 0 ? " (the " + read + " item(s) before it were read)" : ""));
            if (items == 0) throw error;
            sink.accept(new SourceItem.Failed(error));
            return;
        } catch (IOException e) {
            throw input.failure(e);
        }
        if (items == 0) throw input.error("no items in the feed");
    }

    private static boolean isItem(XMLStreamReader r) {
        String name = r.getLocalName();
        return name.equals("item") || name.equals("entry") && FeedItemReader.ATOM.equals(r.getNamespaceURI());
    }

    private void emit(FeedItem item, String origin, LocalDate publishedOverride, Consumer<SourceItem> sink) {
        if (item.tooLarge()) {
            fail(sink, origin, "feed item too large (more than " + limits.maxRecordBytes() + " characters)");
            return;
        }
        FeedItem.Body body = item.body();
        String text = body == null || body.isBlank() ? ""
                : body.html() && HtmlPages.looksLikeHtml(body.value()) ? HtmlPages.fragmentText(body.value())
                : body.value().replace("\r\n", "\n").strip();
        if (text.isBlank()) {
            fail(sink, origin, item.link() == null ? "no text in the feed item"
                    : "no text in the feed item, and Sitrep does not download its link " + item.link());
            return;
        }
        LocalDate published = PublishedDate.choose(publishedOverride, item.published().orElse(null), null, text);
        String where = item.link() == null ? origin : origin + " (" + item.link() + ")";
        sink.accept(new SourceItem.Read(Articles.create(where, item.title(), text, published)));
    }

    private static void fail(Consumer<SourceItem> sink, String origin, String reason) {
        sink.accept(new SourceItem.Failed(new InputException(origin, reason)));
    }
}
