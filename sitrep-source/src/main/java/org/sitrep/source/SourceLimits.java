package org.sitrep.source;

/**
 * Size limits for reading: a file read whole (text, HTML), an archive read record by record (feeds, JSON
 * lines, WARC; on disk and decompressed), and one record inside an archive (a JSON line, a WARC record, a feed
 * item's text). Bounded reads keep a huge or hostile input from exhausting memory or running for hours.
 */
public record SourceLimits(long maxFileBytes, long maxArchiveBytes, long maxRecordBytes) {
    public static final long MB = 1024L * 1024;
    public static final SourceLimits DEFAULT = new SourceLimits(10 * MB, 16 * 1024 * MB, 10 * MB);

    public SourceLimits {
        if (maxFileBytes <= 0 || maxArchiveBytes <= 0 || maxRecordBytes <= 0) {
            throw new IllegalArgumentException("size limits must be positive");
        }
    }
}
