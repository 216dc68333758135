package org.sitrep.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an input's bytes into text, refusing binary data and bytes that are not UTF-8.
 * Guessing an encoding silently corrupts names; a clear refusal lets the user convert the file.
 */
final class TextDecoder {
    private TextDecoder() {
    }

    /** Returns null and fills reason[0] when the bytes are not usable text. */
    static String decode(byte[] bytes, String[] reason) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        int control = 0;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                reason[0] = "binary file, not text (NUL byte at offset " + i + ")";
                return null;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        if (control > 8 && control * 20L > bytes.length) {
            reason[0] = "binary file, not text (" + control + " control bytes)";
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            reason[0] = "not valid UTF-8 text (" + firstBadByte(bytes, start)
                    + "); convert it to UTF-8 first, e.g. iconv -f WINDOWS-1252 -t UTF-8";
            return null;
        }
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static String firstBadByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return "bad byte 0x" + String.format("%02X", bytes[Math.min(in.position(), bytes.length - 1)] & 0xff)
                + " at offset " + in.position();
    }
}
