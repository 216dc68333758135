package org.sitrep.dictionaries.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.dictionaries.DictionaryException;

/**
 * The line rules shared by every Sitrep dictionary file: strict UTF-8, "#" comments, a "kind version" header.
 * Readers receive only meaningful lines, each with its number and indentation, and report errors as file:line.
 */
final class SitrepSource {
    static final int VERSION = 1;

    /** A non-blank line with its comment removed; indented lines belong to the entry above them. */
    record Line(String file, int number, String content, boolean indented) {
        String origin() {
            return file + ":" + number;
        }

        DictionaryException error(String reason) {
            return DictionaryException.at(file, number, reason);
        }

        /** The first word of the content. */
        String keyword() {
            int space = indexOfSpace(content);
            return space < 0 ? content : content.substring(0, space);
        }

        /** The content after the first word, stripped. */
        String rest() {
            int space = indexOfSpace(content);
            return space < 0 ? "" : content.substring(space + 1).strip();
        }

        private static int indexOfSpace(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isWhitespace(s.charAt(i))) return i;
            }
            return -1;
        }
    }

    private SitrepSource() {
    }

    static String decode(String file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DictionaryException(file, "not valid UTF-8");
        }
    }

    static String read(Path file) {
        try {
            return decode(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String file, InputStream in) {
        try {
            return decode(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines after the header "kind 1"; throws when the header is missing, foreign or of another version. */
    static List<Line> body(String file, String text, String kind) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String[] raw = text.split("\r\n|\n", -1);
        List<Line> out = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < raw.length; i++) {
            String content = stripComment(raw[i]).stripTrailing();
            if (content.isBlank()) continue;
            Line line = new Line(file, i + 1, content.strip(), Character.isWhitespace(content.charAt(0)));
            if (headerSeen) {
                out.add(line);
                continue;
            }
            checkHeader(line, kind);
            headerSeen = true;
        }
        if (!headerSeen) throw new DictionaryException(file, "empty file: expected the header \"" + kind + " " + VERSION + "\"");
        return out;
    }

    private static void checkHeader(Line line, String kind) {
        String expected = kind + " " + VERSION;
        if (line.content().equals(expected)) return;
        if (line.keyword().equals(kind)) {
            throw line.error("unsupported version \"" + line.rest() + "\" (this Sitrep reads " + expected + ")");
        }
        throw line.error("expected the header \"" + expected + "\", found \"" + line.content() + "\"");
    }

    /** Removes a comment: "#" at the start of the line or after whitespace, so "C#" stays a word. */
    static String stripComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) return line.substring(0, i);
        }
        return line;
    }

    /** Checks that a value survives being written on one line: no line breaks, no comment start, no edge spaces. */
    static String writable(String value, String what) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(what + " is empty");
        if (!value.equals(value.strip()) || value.contains("\n") || value.contains("\r")) {
            throw new IllegalArgumentException(what + " \"" + value + "\" has line breaks or edge spaces");
        }
        if (!stripComment(value).equals(value)) {
            throw new IllegalArgumentException(what + " \"" + value + "\" would be read as a comment (\"#\" after a space)");
        }
        return value;
    }

    /** Writes comment lines ("# ..."), then the header and a blank line. */
    static void header(StringBuilder out, List<String> comments, String kind) {
        for (String c : comments) out.append(c.isEmpty() ? "#" : "# " + c).append('\n');
        out.append(kind).append(' ').append(VERSION).append("\n\n");
    }

    static void write(Path file, CharSequence text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
