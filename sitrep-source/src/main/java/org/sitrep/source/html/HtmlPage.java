package org.sitrep.source.html;

import java.time.LocalDate;
import org.sitrep.model.Article;
import org.sitrep.source.Articles;
import org.sitrep.source.InputException;
import org.sitrep.source.PublishedDate;

/**
 * What Sitrep takes from a web page: its title, its article text (paragraphs separated by blank lines) and
 * the publication date its metadata gives (null when it gives none).
 * HTML files, feed items and WARC records all end up here, so they become Articles by the same rule.
 */
public record HtmlPage(String title, String text, LocalDate published) {
    /** The page as an article; a page without article text is an error naming the origin. */
    public Article article(String origin, LocalDate publishedOverride) throws InputException {
        if (text.isBlank()) throw new InputException(origin, "no article text found in the HTML page");
        return Articles.create(origin, title, text, PublishedDate.choose(publishedOverride, published, null, text));
    }
}
