package org.sitrep.source;

import org.sitrep.model.Article;

/**
 * One outcome of reading inputs: an article, a failed input or item (with the reason), or a note.
 * Readers hand these on one by one, so one bad file, feed item, line or record never stops the others.
 */
public sealed interface SourceItem {
    /** An article read successfully. */
    record Read(Article article) implements SourceItem {
    }

    /** An input or an item of it that could not be read; the message names it and says why. */
    record Failed(InputException error) implements SourceItem {
    }

    /** Something worth telling that is not a failure, e.g. how many non-HTML records an archive skipped. */
    record Note(String input, String message) implements SourceItem {
        @Override
        public String toString() {
            return input + ": " + message;
        }
    }
}
