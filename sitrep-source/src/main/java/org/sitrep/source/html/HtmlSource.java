package org.sitrep.source.html;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.sitrep.source.ArticleSource;
import org.sitrep.source.Input;
import org.sitrep.source.InputException;
import org.sitrep.source.SourceItem;

/**
 * Reads an HTML file (a saved web page) as one article.
 * Its date is --published, else the page's metadata, else a dateline in the text, else unknown.
 */
public final class HtmlSource implements ArticleSource {
    private final long maxBytes;

    public HtmlSource(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Input input, LocalDate publishedOverride, Consumer<SourceItem> sink) throws InputException {
        HtmlPage page = HtmlPages.read(input.readAll(maxBytes), null, input.name());
        sink.accept(new SourceItem.Read(page.article(input.name(), publishedOverride)));
    }
}
