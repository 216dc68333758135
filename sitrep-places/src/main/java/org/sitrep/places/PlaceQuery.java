package org.sitrep.places;

import java.util.Objects;
import org.sitrep.model.Span;

/**
 * One place mention of an article: its sentence number, its characters and its text as written. The text
 * may keep a cue the resolver reads ("province of Erbil", "the Al Bukamal area", "the Gulf").
 */
public record PlaceQuery(int sentence, Span span, String text) {
    public PlaceQuery {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
