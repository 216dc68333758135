package org.sitrep.source.html;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.source.InputException;
import org.sitrep.source.TextDecoder;

/**
 * Turns an HTML page's bytes into text in the charset the page gives: a byte-order mark, else the HTTP
 * header's charset, else its meta charset or XML declaration, else UTF-8; bytes invalid in it are an error.
 * Web pages say how they are encoded; honouring that, and refusing what does not fit, keeps names intact.
 */
public final class HtmlDecoder {
    private static final int PRESCAN = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "(?i)^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([a-z0-9_.:-]+)[\"']");
    /** Labels that browsers (WHATWG Encoding) read as windows-1252, whose bytes 0x80-0x9F are quotes and dashes. */
    private static final Set<String> WINDOWS_1252 = Set.of("iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
            "l1", "ascii", "us-ascii", "cp819", "ibm819", "csisolatin1", "iso-ir-100", "cp1252", "x-cp1252",
            "windows-1252");

    private HtmlDecoder() {
    }

    /** transportCharset is the charset of an HTTP Content-Type header, or null. */
    public static String decode(byte[] bytes, String transportCharset, String input) throws InputException {
        if (TextDecoder.hasUtf8Bom(bytes)) return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (byte-order mark)", input);
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE (byte-order mark)", input);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE (byte-order mark)", input);
        }
        Optional<String> binary = TextDecoder.binaryReason(bytes, 0, bytes.length);
        if (binary.isPresent()) throw new InputException(input, binary.get());
        String label = transportCharset != null && !transportCharset.isBlank() ? transportCharset : declared(bytes);
        if (label == null) {
            try {
                return TextDecoder.decode(bytes, 0, StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                throw new InputException(input, "not valid UTF-8 text and no charset declared ("
                        + TextDecoder.badByte(bytes, 0, StandardCharsets.UTF_8)
                        + "); add <meta charset=\"...\"> naming its encoding, or convert it to UTF-8");
            }
        }
        Optional<Charset> charset = charset(label);
        if (charset.isEmpty()) {
            try {
                return TextDecoder.decode(bytes, 0, StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                throw new InputException(input, "declares the charset \"" + label
                        + "\", which Sitrep does not know, and is not valid UTF-8 ("
                        + TextDecoder.badByte(bytes, 0, StandardCharsets.UTF_8) + ")");
            }
        }
        return strict(bytes, 0, charset.get(), charset.get().name() + ", the charset it declares", input);
    }

    /** The charset a page declares in its first bytes (meta charset, http-equiv, XML declaration), or null. */
    static String declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        if (m.find()) return m.group(1);
        m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** The charset a label names, the way browsers read labels (latin1 means windows-1252); empty if unknown. */
    public static Optional<Charset> charset(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (WINDOWS_1252.contains(l)) return Optional.of(Charset.forName("windows-1252"));
        if (l.equals("utf8") || l.startsWith("utf-16") || l.startsWith("utf16")) return Optional.of(StandardCharsets.UTF_8);
        try {
            return Charset.isSupported(l) ? Optional.of(Charset.forName(l)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String why, String input)
            throws InputException {
        try {
            return TextDecoder.decode(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new InputException(input, "not valid " + why + " (" + TextDecoder.badByte(bytes, offset, charset) + ")");
        }
    }
}
