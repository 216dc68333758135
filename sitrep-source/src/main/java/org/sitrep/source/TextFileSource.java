package org.sitrep.source;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.sitrep.model.Article;

/**
 * Reads a plain-text file (strict UTF-8) as one article, with the optional NAME.meta sidecar beside it.
 * Plain text carries no metadata of its own, so its date is --published, else the sidecar's, else a dateline.
 */
public final class TextFileSource implements ArticleSource {
    private final long maxBytes;

    public TextFileSource(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Input input, LocalDate publishedOverride, Consumer<SourceItem> sink) throws InputException {
        sink.accept(new SourceItem.Read(article(input, publishedOverride)));
    }

    Article article(Input input, LocalDate publishedOverride) throws InputException {
        String text = TextDecoder.utf8(input.readAll(maxBytes), input.name());
        if (text.isBlank()) throw input.error("empty file (no text to code)");
        SidecarMetadata meta = SidecarMetadata.readFor(input.path());
        LocalDate published = PublishedDate.choose(publishedOverride, null, meta.published(), text);
        return Articles.create(input.name(), meta.title(), text, published);
    }
}
