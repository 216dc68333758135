package org.sitrep.source.warc;

/**
 * The archive breaks the WARC format at some record (a bad version line, header or length, a truncated block).
 * Records cannot be found again after that, so reading the archive stops there.
 */
final class WarcFormatException extends Exception {
    private final boolean noRecordStart;

    WarcFormatException(String message) {
        this(message, false);
    }

    WarcFormatException(String message, boolean noRecordStart) {
        super(message);
        this.noRecordStart = noRecordStart;
    }

    /** Whether the bytes where a record should start are not a WARC version line at all. */
    boolean noRecordStart() {
        return noRecordStart;
    }
}
