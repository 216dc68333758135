package org.sitrep.source.warc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.sitrep.source.Fixtures;

/** Builds WARC records and HTTP responses byte for byte, so tests can make any archive, good or broken. */
final class WarcBuilder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final String version;
    private final boolean gzipEachRecord;

    WarcBuilder(String version, boolean gzipEachRecord) {
        this.version = version;
        this.gzipEachRecord = gzipEachRecord;
    }

    WarcBuilder record(String type, String uri, String contentType, byte[] block) {
        StringBuilder head = new StringBuilder(version).append("\r\nWARC-Type: ").append(type)
                .append("\r\nWARC-Date: 2024-01-05T12:00:00Z\r\n");
        if (uri != null) head.append("WARC-Target-URI: ").append(uri).append("\r\n");
        if (contentType != null) head.append("Content-Type: ").append(contentType).append("\r\n");
        head.append("Content-Length: ").append(block.length).append("\r\n\r\n");
        byte[] record = Fixtures.concat(head.toString().getBytes(StandardCharsets.UTF_8), block,
                "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(gzipEachRecord ? Fixtures.gzip(record) : record);
        return this;
    }

    WarcBuilder page(String uri, String html) {
        return record("response", uri, "application/http; msgtype=response",
                http("200 OK", "Content-Type: text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
    }

    WarcBuilder raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    static byte[] http(String status, String headers, byte[] body) {
        String head = "HTTP/1.1 " + status + "\r\n" + (headers.isEmpty() ? "" : headers + "\r\n") + "\r\n";
        return Fixtures.concat(head.getBytes(StandardCharsets.ISO_8859_1), body);
    }
}
