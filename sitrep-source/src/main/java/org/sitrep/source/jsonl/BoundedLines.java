package org.sitrep.source.jsonl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into numbered lines (LF or CRLF), keeping at most a set number of bytes of each.
 * A line longer than that is reported as too long instead of filling memory: one runaway line must not
 * take the whole file down.
 */
final class BoundedLines {
    /** One line's bytes (without its line end), or tooLong with the bytes cut off. */
    record Line(long number, byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int end;
    private long number;

    BoundedLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == end) {
                end = in.read(buffer, 0, buffer.length);
                position = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) return null;
                    break;
                }
            }
            any = true;
            int newline = -1;
            for (int i = position; i < end; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int stop = newline < 0 ? end : newline;
            int room = maxBytes + 1 - line.size();
            if (!tooLong) line.write(buffer, position, Math.min(stop - position, Math.max(room, 0)));
            if (line.size() > maxBytes) tooLong = true;
            position = newline < 0 ? end : newline + 1;
            if (newline >= 0) break;
        }
        number++;
        byte[] bytes = line.toByteArray();
        int length = bytes.length;
        if (!tooLong && length > 0 && bytes[length - 1] == '\r') length--;
        return new Line(number, tooLong ? new byte[0] : Arrays.copyOf(bytes, length), tooLong);
    }
}
