package org.sitrep.source.warc;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Walks the records of a WARC 1.0 or 1.1 stream (already decompressed): the version line, the named fields,
 * then a block of exactly Content-Length bytes, which the caller reads or skips.
 * The format is simple enough that a small reader avoids a dependency, and skipping lets a multi-gigabyte
 * crawl stream through with one record in memory at a time.
 */
final class WarcReader {
    private static final int MAX_HEADER_LINE = 64 * 1024;
    private static final int MAX_HEADERS = 1000;

    /** One record's header: its number in the archive (from 1), version, fields (any case) and block length. */
    record Header(int number, String version, Map<String, String> fields, long length) {
        String field(String name) {
            String v = fields.get(name);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    private final InputStream in;
    private int number;
    private boolean inRecord;

    WarcReader(InputStream in) {
        this.in = in;
    }

    /** The number of the record being read, or of the next one between records: where a failure is. */
    int current() {
        return inRecord ? number : number + 1;
    }

    /** The next record's header, or null at the end of the archive. */
    Header next() throws IOException, WarcFormatException {
        int b;
        do {
            b = in.read();
        } while (b == '\r' || b == '\n');
        if (b < 0) return null;
        number++;
        inRecord = true;
        String version = (char) b + line(true);
        if (!version.startsWith("WARC/")) {
            throw new WarcFormatException("not a WARC record: expected a \"WARC/1.0\" or \"WARC/1.1\" line, found \""
                    + shorten(version) + "\"", true);
        }
        Map<String, String> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String last = null;
        for (String line = line(false); !line.isEmpty(); line = line(false)) {
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                fields.merge(last, " " + line.strip(), String::concat);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) throw new WarcFormatException("bad header line \"" + shorten(line) + "\"");
            if (fields.size() >= MAX_HEADERS) throw new WarcFormatException("more than " + MAX_HEADERS + " header lines");
            last = line.substring(0, colon).strip();
            fields.putIfAbsent(last, line.substring(colon + 1).strip());
        }
        String length = fields.get("Content-Length");
        if (length == null) throw new WarcFormatException("no Content-Length");
        try {
            long n = Long.parseLong(length.strip());
            if (n < 0) throw new NumberFormatException();
            return new Header(number, version.strip(), fields, n);
        } catch (NumberFormatException e) {
            throw new WarcFormatException("Content-Length \"" + shorten(length) + "\" is not a byte count");
        }
    }

    /** The block of the record whose header was just read. */
    byte[] block(Header h) throws IOException, WarcFormatException {
        byte[] block = in.readNBytes((int) h.length());
        if (block.length < h.length()) {
            throw new WarcFormatException("truncated: the block ends after " + block.length + " of " + h.length()
                    + " bytes");
        }
        inRecord = false;
        return block;
    }

    /** Skips the block of the record whose header was just read. */
    void skip(Header h) throws IOException, WarcFormatException {
        try {
            in.skipNBytes(h.length());
            inRecord = false;
        } catch (EOFException e) {
            throw new WarcFormatException("truncated: the archive ends inside the block (" + h.length() + " bytes)");
        }
    }

    private String line(boolean endMayBeEof) throws IOException, WarcFormatException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0 && endMayBeEof) break;
            if (b < 0) throw new WarcFormatException("truncated: the archive ends inside a record header");
            if (line.size() >= MAX_HEADER_LINE) throw new WarcFormatException("a header line is longer than 64 KB");
            line.write(b);
        }
        String s = line.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static String shorten(String s) {
        String t = s.strip();
        t = t.codePoints().map(c -> c < 0x20 || c == 0xFFFD ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }
}
