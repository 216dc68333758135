package org.sitrep.source.feed;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sitrep.source.TextDecoder;
import org.sitrep.source.html.HtmlDecoder;

/**
 * A streaming XML parser locked down for untrusted feeds: no DTDs, no external entities, no fetching of
 * anything; and its errors turned into "line L, column C: reason".
 * Sitrep never touches the network, and a feed must not be able to make it.
 */
final class FeedXml {
    private static final XMLInputFactory FACTORY = factory();
    private static final int PROLOG = 1024;
    private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private FeedXml() {
    }

    /**
     * A reader over the feed's bytes, decoded strictly in its encoding: a byte-order mark, else the one its XML
     * declaration names, else UTF-8. Decoding here rather than in the parser gives one clear error for bad bytes.
     */
    static XMLStreamReader reader(InputStream bytes, String systemId) throws XMLStreamException, IOException {
        InputStream in = new BufferedInputStream(bytes);
        in.mark(PROLOG);
        byte[] head = in.readNBytes(PROLOG);
        in.reset();
        Charset charset = StandardCharsets.UTF_8;
        int bom = 0;
        if (TextDecoder.hasUtf8Bom(head)) {
            bom = 3;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else {
            Matcher m = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
            if (m.find()) {
                charset = HtmlDecoder.charset(m.group(1)).orElseThrow(() -> new XMLStreamException(
                        "the XML declaration names the encoding \"" + m.group(1) + "\", which Sitrep does not know"));
            }
        }
        in.skipNBytes(bom);
        return FACTORY.createXMLStreamReader(systemId, new StrictReader(in, charset, bom));
    }

    /** "malformed XML at line 3, column 5: The element type "item" must be ...", or where bad bytes are. */
    static String describe(XMLStreamException e, Location readerLocation) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) message = message.substring(at + "Message: ".length());
        if (e.getNestedException() instanceof StrictReader.BadBytes bad) {
            return bad.getMessage() + " (a feed is UTF-8 unless its XML declaration names another encoding)";
        }
        Location where = e.getLocation() != null && e.getLocation().getLineNumber() > 0 ? e.getLocation() : readerLocation;
        String place = where == null || where.getLineNumber() < 0 ? ""
                : " at line " + where.getLineNumber() + ", column " + where.getColumnNumber();
        return "malformed XML" + place + ": " + message.strip();
    }

    /** The I/O problem behind a parse error (a read failure, a size limit), if that is what it was. */
    static IOException ioCause(XMLStreamException e) {
        Throwable t = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        return t instanceof IOException io && !(t instanceof StrictReader.BadBytes) ? io : null;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLReporter((message, type, info, location) -> { });
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("refers to " + systemId + ", which Sitrep does not fetch");
        });
        return f;
    }
}
