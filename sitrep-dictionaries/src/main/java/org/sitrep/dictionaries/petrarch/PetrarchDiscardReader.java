package org.sitrep.dictionaries.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.dictionaries.DictionaryWarning;
import org.sitrep.dictionaries.PhraseKey;
import org.sitrep.dictionaries.discard.Discard;

/**
 * Reads a PETRARCH discard file (PETR.Validate.discards.txt, Phoenix.discards.txt): one phrase per line, "+" in
 * front for a story discard, a trailing "_" for a whole last word (otherwise it matches as a stem).
 * PETRARCH users bring these files, so they load as they are; lines without a phrase become warnings.
 */
public final class PetrarchDiscardReader {
    private PetrarchDiscardReader() {
    }

    public static Parsed<List<Discard>> read(Path file) {
        return read(file.getFileName().toString(), PetrarchSource.read(file));
    }

    /** Reads already-decoded text; name is the file name used in origins and warnings. */
    public static Parsed<List<Discard>> read(String name, String text) {
        return read(name, PetrarchSource.lines(text));
    }

    private static Parsed<List<Discard>> read(String name, List<SourceLine> lines) {
        List<Discard> out = new ArrayList<>();
        List<DictionaryWarning> warnings = new ArrayList<>();
        for (SourceLine line : lines) {
            String body = PetrarchSource.stripComment(line.text()).replaceFirst(";.*", "").strip();
            if (body.isEmpty()) continue;
            boolean story = body.startsWith("+");
            String phrase = story ? body.substring(1).strip() : body;
            boolean wholeWord = phrase.endsWith("_");
            List<String> words = PhraseKey.words(wholeWord ? phrase.substring(0, phrase.length() - 1) : phrase);
            if (words.isEmpty()) {
                warnings.add(DictionaryWarning.at(name, line.number(), "discard line \"" + body + "\" has no phrase; skipped"));
                continue;
            }
            out.add(new Discard(words, !wholeWord, story ? Discard.Scope.STORY : Discard.Scope.SENTENCE,
                    name + ":" + line.number()));
        }
        return new Parsed<>(List.copyOf(out), warnings);
    }
}
