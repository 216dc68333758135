package org.sitrep.source;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Reads one input of one format (text, HTML, feed, JSON lines, WARC) into articles.
 * Failures of single items go to the sink and reading goes on; a failure of the whole input is thrown.
 */
public interface ArticleSource {
    /**
     * Reads the input; publishedOverride, when not null, is every article's publication date.
     */
    void read(Input input, LocalDate publishedOverride, Consumer<SourceItem> sink) throws InputException;
}
