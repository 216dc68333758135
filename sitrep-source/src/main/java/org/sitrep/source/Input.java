package org.sitrep.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipException;

/**
 * One input file as the readers see it: its name for messages and its bytes, decompressed when gzipped.
 * Every read is bounded, and every I/O problem becomes an InputException naming the file.
 */
public record Input(Path path, boolean gzipped) {
    private static final int BUFFER = 64 * 1024;

    public String name() {
        return path.toString();
    }

    /** The file name without a ".gz" ending, lower case: what the format is guessed from. */
    public String plainName() {
        String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return gzipped && n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    /** The bytes, decompressed if gzipped; reading more than maxBytes fails (see {@link #failure}). */
    public InputStream open(long maxBytes) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(path), BUFFER);
        InputStream data = gzipped ? new BufferedInputStream(new GzipMembers(raw), BUFFER) : raw;
        return new CappedInputStream(data, maxBytes);
    }

    /**
     * The first bytes (at most n), decompressed if gzipped. Damage after the first bytes is left for the full
     * read to report, where the records before it can still be read.
     */
    public byte[] head(int n) throws InputException {
        byte[] head = new byte[n];
        int filled = 0;
        try (InputStream in = open(Long.MAX_VALUE)) {
            for (int r = 0; r >= 0 && filled < n; filled += Math.max(r, 0)) {
                r = in.read(head, filled, n - filled);
            }
        } catch (IOException e) {
            if (filled == 0) throw failure(e);
        }
        return Arrays.copyOf(head, filled);
    }

    /** All the bytes, decompressed if gzipped; more than maxBytes is an error. */
    public byte[] readAll(long maxBytes) throws InputException {
        try {
            long size = Files.size(path);
            if (size > maxBytes) throw error("too large (" + size + " bytes; the limit is " + maxBytes + ")");
            try (InputStream in = open(maxBytes)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** The InputException for an I/O problem met while reading this input. */
    public InputException failure(IOException e) {
        return error(reason(e));
    }

    /** Why reading failed, for an I/O problem met while reading this input: "damaged gzip data: ...". */
    public String reason(IOException e) {
        if (e instanceof CappedInputStream.TooLarge t) {
            return "too large when decompressed (the limit is " + t.limit + " bytes)";
        }
        if (gzipped && (e instanceof ZipException || e instanceof EOFException)) {
            return "damaged gzip data: " + e.getMessage();
        }
        return "cannot be read: " + e.getMessage();
    }

    public InputException error(String reason) {
        return new InputException(name(), reason);
    }
}
