package org.sitrep.dictionaries.format;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.dictionaries.PhraseKey;
import org.sitrep.dictionaries.actor.ActorEntry;
import org.sitrep.dictionaries.actor.DatedCode;
import org.sitrep.dictionaries.codes.CodeSyntax;

/**
 * Reads a Sitrep actor file ("sitrep-actors 1"): "actor NAME" blocks with indented "alias" and "code" lines.
 * It is strict: the first malformed line throws a DictionaryException naming file:line and the reason.
 */
public final class ActorFileReader {
    static final String KIND = "sitrep-actors";

    private ActorFileReader() {
    }

    public static List<ActorEntry> read(Path file) {
        return read(file.getFileName().toString(), SitrepSource.read(file));
    }

    public static List<ActorEntry> read(String file, InputStream in) {
        return read(file, SitrepSource.read(file, in));
    }

    /** Reads decoded text; file is the name used in origins and errors. */
    public static List<ActorEntry> read(String file, String text) {
        List<ActorEntry> out = new ArrayList<>();
        Draft draft = null;
        for (SitrepSource.Line line : SitrepSource.body(file, text, KIND)) {
            String keyword = line.keyword();
            if (!line.indented()) {
                if (!keyword.equals("actor")) {
                    throw line.error("unknown keyword \"" + keyword + "\" (expected \"actor\"; alias and code lines are indented)");
                }
                if (draft != null) out.add(draft.build());
                draft = new Draft(line, phrase(line));
            } else if (draft == null) {
                throw line.error("indented \"" + keyword + "\" line before any actor");
            } else if (keyword.equals("alias")) {
                draft.phrases.add(phrase(line));
            } else if (keyword.equals("code")) {
                draft.codes.add(code(line));
            } else {
                throw line.error("unknown keyword \"" + keyword + "\" (expected \"alias\" or \"code\")");
            }
        }
        if (draft != null) out.add(draft.build());
        return out;
    }

    private static String phrase(SitrepSource.Line line) {
        String p = line.rest();
        if (p.isEmpty()) throw line.error(line.keyword() + " without a phrase");
        if (PhraseKey.words(p).isEmpty()) throw line.error("phrase \"" + p + "\" has no words");
        return p;
    }

    private static DatedCode code(SitrepSource.Line line) {
        String rest = line.rest();
        if (rest.isEmpty()) throw line.error("code line without a code");
        String code = rest;
        String range = null;
        int space = rest.lastIndexOf(' ');
        if (space > 0 && rest.substring(space + 1).contains("..")) {
            code = rest.substring(0, space).strip();
            range = rest.substring(space + 1);
        } else if (rest.contains("..") && !rest.contains(" ")) {
            throw line.error("code \"" + rest + "\" needs a space before its date range");
        }
        if (!CodeSyntax.isActorCode(code)) {
            throw line.error("code \"" + code + "\" is not a CAMEO actor code (A-Z, 0-9, 3 characters per block)");
        }
        if (range == null) return new DatedCode(code, null, null);
        int dots = range.indexOf("..");
        if (range.indexOf("..", dots + 2) >= 0) throw line.error("date range \"" + range + "\" has more than one \"..\"");
        LocalDate from = date(line, range.substring(0, dots));
        LocalDate to = date(line, range.substring(dots + 2));
        if (from == null && to == null) throw line.error("date range \"..\" has neither start nor end; leave it out for a default code");
        if (from != null && to != null && from.isAfter(to)) {
            throw line.error("date range \"" + range + "\" ends before it starts");
        }
        return new DatedCode(code, from, to);
    }

    private static LocalDate date(SitrepSource.Line line, String text) {
        if (text.isEmpty()) return null;
        if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw line.error("date \"" + text + "\" is not an ISO date (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw line.error("date \"" + text + "\" is not a real day");
        }
    }

    private static final class Draft {
        final SitrepSource.Line line;
        final List<String> phrases = new ArrayList<>();
        final List<DatedCode> codes = new ArrayList<>();

        Draft(SitrepSource.Line line, String name) {
            this.line = line;
            phrases.add(name);
        }

        ActorEntry build() {
            if (codes.isEmpty()) throw line.error("actor \"" + phrases.get(0) + "\" has no code");
            return new ActorEntry(phrases, codes, line.origin());
        }
    }
}
