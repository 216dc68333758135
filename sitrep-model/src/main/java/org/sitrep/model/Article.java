package org.sitrep.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One news article as read from its source: the text every span points into, and its metadata.
 * The id is derived from the text, so the same article read twice is recognised as the same.
 */
public record Article(String id, String origin, String title, String text, LocalDate published) {
    public Article {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("article id is required");
        if (text == null) throw new IllegalArgumentException("article text is required");
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }
}
