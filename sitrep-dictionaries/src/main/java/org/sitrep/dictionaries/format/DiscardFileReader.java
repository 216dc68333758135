package org.sitrep.dictionaries.format;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.dictionaries.PhraseKey;
import org.sitrep.dictionaries.discard.Discard;

/**
 * Reads a Sitrep discard file ("sitrep-discards 1"): "sentence PHRASE" or "story PHRASE" per line, where a
 * trailing "*" lets the last word run on ("sentence typhoon*" also drops "typhoons").
 * It is strict: the first malformed line throws a DictionaryException naming file:line and the reason.
 */
public final class DiscardFileReader {
    static final String KIND = "sitrep-discards";

    private DiscardFileReader() {
    }

    public static List<Discard> read(Path file) {
        return read(file.getFileName().toString(), SitrepSource.read(file));
    }

    public static List<Discard> read(String file, InputStream in) {
        return read(file, SitrepSource.read(file, in));
    }

    /** Reads decoded text; file is the name used in origins and errors. */
    public static List<Discard> read(String file, String text) {
        List<Discard> out = new ArrayList<>();
        for (SitrepSource.Line line : SitrepSource.body(file, text, KIND)) {
            if (line.indented()) throw line.error("unexpected indented line (discard lines start at the margin)");
            Discard.Scope scope = switch (line.keyword()) {
                case "sentence" -> Discard.Scope.SENTENCE;
                case "story" -> Discard.Scope.STORY;
                default -> throw line.error("unknown keyword \"" + line.keyword() + "\" (expected \"sentence\" or \"story\")");
            };
            String phrase = line.rest();
            boolean stem = phrase.endsWith("*");
            if (stem) phrase = phrase.substring(0, phrase.length() - 1);
            if (phrase.contains("*")) throw line.error("\"*\" may only end a phrase");
            List<String> words = PhraseKey.words(phrase);
            if (words.isEmpty()) throw line.error(line.keyword() + " line has no phrase");
            out.add(new Discard(words, stem, scope, line.origin()));
        }
        return out;
    }
}
