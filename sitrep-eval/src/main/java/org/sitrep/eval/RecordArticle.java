package org.sitrep.eval;

import org.sitrep.eval.petrarch.ValidationRecord;
import org.sitrep.model.Article;

/**
 * Turns a validation record into the Article the coder reads: its text on one line, published on the record's date.
 * The record's date is what PETRARCH codes dated actor roles on, so it must be the publication date.
 */
final class RecordArticle {
    private RecordArticle() {
    }

    /** The record's text with line breaks and runs of spaces made single spaces. */
    static String text(ValidationRecord r) {
        return r.text().strip().replaceAll("\\s+", " ");
    }

    static Article of(ValidationRecord r, String text) {
        return new Article(r.id() + "#" + r.position(), "record " + r.id() + " (line " + r.line() + ")", r.id(),
                text, r.date());
    }
}
