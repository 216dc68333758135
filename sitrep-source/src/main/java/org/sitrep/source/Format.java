package org.sitrep.source;

/**
 * The input formats Sitrep reads, and whether each is read whole or record by record.
 * Whole files are bounded by the file limit, streamed archives by the archive limit.
 */
public enum Format {
    TEXT(false), HTML(false), FEED(true), JSON_LINES(true), WARC(true);

    private final boolean streamed;

    Format(boolean streamed) {
        this.streamed = streamed;
    }

    public boolean streamed() {
        return streamed;
    }
}
