package org.sitrep.coder;

/** One ArticleCoder for every test class of this module's JVM: CoreNLP loads once. */
final class TestCoder {
    private static ArticleCoder coder;

    private TestCoder() {
    }

    static synchronized ArticleCoder get() {
        if (coder == null) coder = ArticleCoder.withDefaults();
        return coder;
    }
}
