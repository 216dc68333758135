package org.sitrep.source;

import java.time.LocalDate;
import org.sitrep.model.Article;

/**
 * Builds an Article the same way for every format: id from the text, a title (else the first line).
 * One place keeps the id rule, so an article read from a feed and from a file is the same article.
 */
public final class Articles {
    private static final int MAX_TITLE = 200;

    private Articles() {
    }

    public static Article create(String origin, String title, String text, LocalDate published) {
        String t = title == null ? "" : title.replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) t = firstLine(text);
        if (t.length() > MAX_TITLE) t = t.substring(0, MAX_TITLE);
        return new Article(ArticleIds.of(text), origin, t, text, published);
    }

    static String firstLine(String text) {
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty()) return t;
        }
        return "";
    }
}
