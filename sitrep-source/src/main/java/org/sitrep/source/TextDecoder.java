package org.sitrep.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns an input's bytes into text, refusing binary data and bytes that are not valid in the charset.
 * Guessing an encoding silently corrupts names; a clear refusal lets the user convert the file.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    /** Strict UTF-8 (a byte-order mark is dropped), as plain text files must be. */
    public static String utf8(byte[] bytes, String input) throws InputException {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        Optional<String> binary = binaryReason(bytes, start, bytes.length);
        if (binary.isPresent()) throw new InputException(input, binary.get());
        try {
            return decode(bytes, start, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InputException(input, "not valid UTF-8 text (" + badByte(bytes, start, StandardCharsets.UTF_8)
                    + "); convert it to UTF-8 first, e.g. iconv -f WINDOWS-1252 -t UTF-8");
        }
    }

    /** Why bytes[from, to) look binary rather than text (a NUL byte, many control bytes), if they do. */
    public static Optional<String> binaryReason(byte[] bytes, int from, int to) {
        int control = 0;
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return Optional.of("binary file, not text (NUL byte at offset " + i + ")");
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        if (control > 8 && control * 20L > to - from) {
            return Optional.of("binary file, not text (" + control + " control bytes)");
        }
        return Optional.empty();
    }

    /** Decodes bytes from offset on, failing on any byte that is malformed or unmappable in the charset. */
    public static String decode(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return strict(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    /** "bad byte 0xE1 at offset 5": the first byte that the charset cannot decode. */
    public static String badByte(byte[] bytes, int offset, Charset charset) {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        strict(charset).decode(in, out, true);
        int at = Math.min(in.position(), bytes.length - 1);
        return "bad byte 0x" + String.format("%02X", bytes[at] & 0xff) + " at offset " + at;
    }

    public static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
