package org.sitrep.cli;

import org.sitrep.coder.ArticleCoder;

/**
 * Holds the one ArticleCoder of this JVM, built on first use.
 * Commands that fail on their inputs never pay for loading the NLP models.
 */
final class SharedCoder {
    private static ArticleCoder coder;

    private SharedCoder() {
    }

    static synchronized ArticleCoder get() {
        if (coder == null) coder = ArticleCoder.withDefaults();
        return coder;
    }
}
