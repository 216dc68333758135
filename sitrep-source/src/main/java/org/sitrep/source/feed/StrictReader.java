package org.sitrep.source.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes to characters strictly, and on the first byte that is not valid in the charset fails naming
 * its byte offset and its line and column. InputStreamReader reads ahead, so neither it nor the parser behind
 * it can say where bad bytes are; this one knows exactly.
 */
final class StrictReader extends Reader {
    /** Bytes that are not valid in the charset, and where they are. */
    static final class BadBytes extends IOException {
        BadBytes(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private long offset;
    private long line = 1;
    private long column = 1;
    private boolean eof;

    StrictReader(InputStream in, Charset charset, long startOffset) {
        this.in = in;
        this.charset = charset;
        this.offset = startOffset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        if (len == 0) return 0;
        CharBuffer out = CharBuffer.wrap(buffer, off, len);
        while (out.position() == off) {
            if (!bytes.hasRemaining() && !eof) fill();
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, out, eof);
            offset += bytes.position() - before;
            if (result.isError()) {
                if (out.position() > off) break;
                int bad = bytes.get(bytes.position()) & 0xff;
                throw new BadBytes("bad byte 0x" + String.format("%02X", bad) + " at offset " + offset + " (line "
                        + line + ", column " + column + ") is not valid " + charset.name());
            }
            if (result.isOverflow()) break;
            if (eof) {
                decoder.flush(out);
                if (out.position() == off) return -1;
                break;
            }
            fill();
        }
        for (int i = off; i < out.position(); i++) {
            if (buffer[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return out.position() - off;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
