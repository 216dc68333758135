package org.sitrep.eval.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A PETRARCH discard file (phrases that drop a sentence, or with "+" the whole story), read only to explain
 * records that expect a discard: Sitrep's coder has no discard list, so the harness never filters with it.
 * A trailing "_" asks for a word end; otherwise the phrase matches as a word stem.
 */
public final class DiscardList {
    /** One phrase, whether it drops the story, and its matcher. */
    public record Discard(String phrase, boolean story, Pattern pattern) {
    }

    private final List<Discard> discards;

    private DiscardList(List<Discard> discards) {
        this.discards = List.copyOf(discards);
    }

    public static DiscardList empty() {
        return new DiscardList(List.of());
    }

    /** The file's phrases; an unreadable file gives an empty list (discards only explain, they never score). */
    public static DiscardList read(Path file) {
        List<Discard> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return empty();
        }
        for (String line : lines) {
            String body = line.replaceFirst("[#;].*", "").strip();
            if (body.isEmpty() || body.startsWith("<")) continue;
            boolean story = body.startsWith("+");
            String phrase = (story ? body.substring(1) : body).strip();
            if (phrase.isEmpty()) continue;
            boolean wordEnd = phrase.endsWith("_");
            String words = (wordEnd ? phrase.substring(0, phrase.length() - 1) : phrase).replace('_', ' ');
            String regex = "(?i)\\b" + Pattern.quote(words.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q")
                    + (wordEnd ? "\\b" : "");
            out.add(new Discard(phrase, story, Pattern.compile(regex)));
        }
        return new DiscardList(out);
    }

    /** The first phrase that would make PETRARCH discard this text, if any. */
    public Optional<Discard> match(String text) {
        for (Discard d : discards) {
            if (d.pattern().matcher(text).find()) return Optional.of(d);
        }
        return Optional.empty();
    }
}
