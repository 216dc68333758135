package org.sitrep.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses gzip data made of one or many members (a WARC compressed record by record is many),
 * checking each member's header and CRC. Unlike java.util.zip.GZIPInputStream it never ignores bytes after a
 * member that are not gzip: damaged or truncated archives fail with a reason instead of ending early.
 */
final class GzipMembers extends InputStream {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final PushbackInputStream in;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] buffer = new byte[64 * 1024];
    private int bufferEnd;
    private boolean inMember;
    private boolean done;
    private int members;

    GzipMembers(InputStream in) {
        this.in = new PushbackInputStream(in, buffer.length);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (!done) {
            if (!inMember && !startMember()) {
                done = true;
                break;
            }
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new ZipException("corrupt gzip data in member " + (members) + ": " + e.getMessage());
            }
            if (n > 0) {
                crc.update(b, off, n);
                if (inflater.finished()) endMember();
                return n;
            }
            if (inflater.finished()) {
                if (inMember) endMember();
            } else if (inflater.needsInput()) {
                bufferEnd = in.read(buffer, 0, buffer.length);
                if (bufferEnd < 0) throw new EOFException("gzip data is truncated (member " + members + " is cut off)");
                inflater.setInput(buffer, 0, bufferEnd);
            } else if (inflater.needsDictionary()) {
                throw new ZipException("corrupt gzip data in member " + members + " (asks for a dictionary)");
            }
        }
        return -1;
    }

    private boolean startMember() throws IOException {
        int id1 = in.read();
        if (id1 < 0) return false;
        int id2 = in.read();
        if (id1 != 0x1f || id2 != 0x8b) {
            throw new ZipException(members == 0 ? "not gzip data"
                    : "data after gzip member " + members + " is not gzip (damaged or not compressed)");
        }
        if (in.read() != 8) throw new ZipException("gzip member " + (members + 1) + " uses an unknown compression method");
        int flags = in.read();
        skipFully(6);
        if ((flags & FEXTRA) != 0) skipFully(in.read() | (in.read() << 8));
        if ((flags & FNAME) != 0) skipZeroTerminated();
        if ((flags & FCOMMENT) != 0) skipZeroTerminated();
        if ((flags & FHCRC) != 0) skipFully(2);
        inflater.reset();
        crc.reset();
        members++;
        inMember = true;
        return true;
    }

    private void endMember() throws IOException {
        inMember = false;
        int remaining = inflater.getRemaining();
        if (remaining > 0) in.unread(buffer, bufferEnd - remaining, remaining);
        long expectedCrc = readIntLittleEndian();
        long expectedSize = readIntLittleEndian();
        if (expectedCrc != crc.getValue() || expectedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
            throw new ZipException("gzip member " + members + " fails its checksum (damaged data)");
        }
    }

    private long readIntLittleEndian() throws IOException {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            int b = in.read();
            if (b < 0) throw new EOFException("gzip data is truncated (member " + members + " has no trailer)");
            v |= (long) b << (8 * i);
        }
        return v;
    }

    private void skipFully(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            if (in.read() < 0) throw new EOFException("gzip data is truncated (in a member header)");
        }
    }

    private void skipZeroTerminated() throws IOException {
        int b;
        do {
            b = in.read();
            if (b < 0) throw new EOFException("gzip data is truncated (in a member header)");
        } while (b != 0);
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}
