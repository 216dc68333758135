package org.sitrep.dictionaries.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH dictionary into numbered lines: UTF-8 with bad bytes replaced, XML-style comments blanked.
 * The three PETRARCH readers share these file-level rules so each can focus on its own entry syntax.
 */
final class PetrarchSource {
    private static final Pattern COMMENT_START = Pattern.compile("<!\\s*--");
    private static final String COMMENT_END = "-->";

    private PetrarchSource() {
    }

    /** The file's lines; undecodable bytes become U+FFFD, as in the Countries file. */
    static List<SourceLine> read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return lines(text);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("UTF-8 decoding with REPLACE cannot fail", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits text into numbered lines and removes "<!-- ... -->" comments, which may span lines. */
    static List<SourceLine> lines(String text) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String[] raw = text.split("\r\n|\r|\n", -1);
        List<SourceLine> out = new ArrayList<>(raw.length);
        boolean inComment = false;
        for (int i = 0; i < raw.length; i++) {
            StringBuilder kept = new StringBuilder();
            String rest = raw[i];
            while (!rest.isEmpty()) {
                if (inComment) {
                    int end = rest.indexOf(COMMENT_END);
                    if (end < 0) {
                        rest = "";
                    } else {
                        rest = rest.substring(end + COMMENT_END.length());
                        inComment = false;
                    }
                } else {
                    Matcher m = COMMENT_START.matcher(rest);
                    if (m.find()) {
                        kept.append(rest, 0, m.start());
                        rest = rest.substring(m.end());
                        inComment = true;
                    } else {
                        kept.append(rest);
                        rest = "";
                    }
                }
            }
            out.add(new SourceLine(i + 1, kept.toString()));
        }
        return out;
    }

    /** The line without its "#" comment. */
    static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
