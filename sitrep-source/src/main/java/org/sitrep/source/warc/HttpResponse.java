package org.sitrep.source.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * An HTTP response as a WARC response record stores it: status, headers and the body, with chunked transfer
 * and gzip or deflate compression undone. Crawlers differ in whether they store bodies raw or decoded, so
 * a body that is not what its headers claim is taken as it is.
 */
record HttpResponse(int status, Map<String, String> headers, byte[] body) {
    private static final Pattern STATUS = Pattern.compile("^HTTP/\\S+\\s+(\\d{3})\\b");
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

    /** Thrown when a block is not an HTTP response or its body cannot be decoded. */
    static final class BadResponse extends Exception {
        BadResponse(String message) {
            super(message);
        }
    }

    static HttpResponse parse(byte[] block, long maxBody) throws BadResponse {
        int end = headerEnd(block);
        if (end < 0) throw new BadResponse("not an HTTP response (no end of headers)");
        String head = new String(block, 0, end, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r?\n");
        Matcher status = STATUS.matcher(lines[0]);
        if (!status.find()) throw new BadResponse("not an HTTP response (status line \"" + shorten(lines[0]) + "\")");
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) headers.putIfAbsent(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
        }
        int bodyStart = block[end] == '\r' ? end + 4 : end + 2;
        byte[] body = Arrays.copyOfRange(block, Math.min(bodyStart, block.length), block.length);
        if (headers.getOrDefault("Transfer-Encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
            byte[] dechunked = dechunk(body);
            if (dechunked != null) body = dechunked;
        }
        body = decompress(body, headers.getOrDefault("Content-Encoding", "").strip().toLowerCase(Locale.ROOT), maxBody);
        return new HttpResponse(Integer.parseInt(status.group(1)), headers, body);
    }

    /** The media type of the Content-Type header, lower case without parameters, or null. */
    String mediaType() {
        String ct = headers.get("Content-Type");
        if (ct == null || ct.isBlank()) return null;
        return ct.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** The charset parameter of the Content-Type header, or null. */
    String charset() {
        String ct = headers.get("Content-Type");
        if (ct == null) return null;
        Matcher m = CHARSET.matcher(ct);
        return m.find() ? m.group(1) : null;
    }

    private static int headerEnd(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            if (b[i] == '\n' && b[i + 1] == '\n') return i;
            if (b[i] == '\r' && i + 3 < b.length && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') return i;
        }
        return -1;
    }

    /** The body with its chunk framing removed, or null if it is not validly chunked. */
    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int i = 0;
        while (true) {
            int lineEnd = i;
            while (lineEnd < body.length && body[lineEnd] != '\n') lineEnd++;
            if (lineEnd >= body.length) return null;
            String sizeLine = new String(body, i, lineEnd - i, StandardCharsets.ISO_8859_1).strip();
            int semicolon = sizeLine.indexOf(';');
            if (semicolon >= 0) sizeLine = sizeLine.substring(0, semicolon).strip();
            int size;
            try {
                size = Integer.parseInt(sizeLine, 16);
            } catch (NumberFormatException e) {
                return null;
            }
            i = lineEnd + 1;
            if (size == 0) return out.toByteArray();
            if (size < 0 || i + size > body.length) return null;
            out.write(body, i, size);
            i += size;
            if (i < body.length && body[i] == '\r') i++;
            if (i < body.length && body[i] == '\n') i++;
        }
    }

    private static byte[] decompress(byte[] body, String encoding, long maxBody) throws BadResponse {
        boolean gzip = body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
        try {
            switch (encoding) {
                case "", "identity", "none":
                    return body;
                case "gzip", "x-gzip":
                    return gzip ? bounded(new GZIPInputStream(new ByteArrayInputStream(body)), maxBody) : body;
                case "deflate":
                    boolean zlib = body.length >= 2 && (body[0] & 0x0f) == 8 && ((body[0] & 0xff) * 256 + (body[1] & 0xff)) % 31 == 0;
                    return bounded(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(!zlib)), maxBody);
                default:
                    throw new BadResponse("body compressed as \"" + encoding + "\", which Sitrep cannot decode");
            }
        } catch (IOException e) {
            throw new BadResponse("body is not valid " + encoding + " data (" + e.getMessage() + ")");
        }
    }

    private static byte[] bounded(InputStream in, long max) throws IOException, BadResponse {
        try (in) {
            byte[] data = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
            if (data.length > max) throw new BadResponse("body too large when decompressed (more than " + max + " bytes)");
            return data;
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
