package org.sitrep.cli;

import java.io.PrintWriter;
import org.sitrep.coder.ArticleCoder;
import org.sitrep.dictionaries.DictionaryException;

/**
 * Builds the coder a command asked for, turning a malformed dictionary into a clear error.
 * A user's dictionary with a typo must stop the run with its file and line, not deep in a batch.
 */
final class Coders {
    private Coders() {
    }

    /** The coder, or null after printing why it could not be built. */
    static ArticleCoder forOptions(DictionariesOption options, PrintWriter err) {
        try {
            return options.coder();
        } catch (DictionaryException e) {
            err.println("sitrep: dictionary error: " + e.getMessage());
            err.flush();
            return null;
        }
    }
}
