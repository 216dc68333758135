package org.sitrep.dictionaries.petrarch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.dictionaries.DictionaryWarning;
import org.sitrep.dictionaries.PhraseKey;
import org.sitrep.dictionaries.actor.ActorEntry;
import org.sitrep.dictionaries.actor.DatedCode;
import org.sitrep.dictionaries.codes.CodeSyntax;

/**
 * Reads a PETRARCH/TABARI actor dictionary (Phoenix.*.actors.txt) into actor entries.
 * A record is a primary phrase with optional [CODE] lists, "+synonym" lines and indented [CODE date] lines;
 * primary lines without any code list, directly above one another (no blank line between), share the code lines
 * that follow.
 *
 * <p>Dates: "[C &lt;D]" gives C until the day before D, "[C &gt;D]" gives C from D on, "[C A-B]" gives C from A to B,
 * all inclusive; six-digit years above 30 are 19YY, others 20YY. "[A/B/C]" names several actors at once ("the Shire"
 * is its three peoples): it is read as one entry per code, all with the line's origin, which the matcher
 * takes together. "[---]" (a name that must not be coded) has no
 * Sitrep equivalent and is dropped with a warning, as is every line that cannot be read. One corruption is
 * repaired, with a warning: a 10-digit "1920030320" is read as 20030320.
 */
public final class PetrarchActorReader {
    private static final Pattern CODE_LIST = Pattern.compile("\\[([^\\[\\]]*)\\]");
    private static final Pattern CODE_AND_DATES = Pattern.compile("([^\\s<>]+)\\s*(.*)");
    private static final Pattern RANGE = Pattern.compile("([0-9]+)\\s*-\\s*([0-9]+)");
    /** "1920030320": a "19" century prefix put before an 8-digit 20YYMMDD date (three lines of the Countries file). */
    private static final Pattern DOUBLED_CENTURY = Pattern.compile("(?<![0-9])19(20[0-9]{6})(?![0-9])");

    private final String file;
    private final List<DictionaryWarning> warnings = new ArrayList<>();
    private final List<ActorEntry> entries = new ArrayList<>();
    private Entry current;
    private boolean blankSinceLastLine;

    private PetrarchActorReader(String file) {
        this.file = file;
    }

    public static Parsed<List<ActorEntry>> read(Path file) {
        return read(file.getFileName().toString(), PetrarchSource.read(file));
    }

    /** Reads already-decoded text; name is the file name used in origins and warnings. */
    public static Parsed<List<ActorEntry>> read(String name, String text) {
        return read(name, PetrarchSource.lines(text));
    }

    private static Parsed<List<ActorEntry>> read(String name, List<SourceLine> lines) {
        PetrarchActorReader r = new PetrarchActorReader(name);
        for (SourceLine line : lines) r.line(line);
        r.finish();
        return new Parsed<>(List.copyOf(r.entries), r.warnings);
    }

    private void line(SourceLine line) {
        String raw = line.text();
        String body = PetrarchSource.stripComment(raw);
        if (raw.isBlank()) blankSinceLastLine = true;
        if (body.isBlank()) return;
        boolean afterBlank = blankSinceLastLine;
        blankSinceLastLine = false;
        int n = line.number();
        char first = raw.charAt(0);
        if (Character.isWhitespace(first)) {
            if (current == null) {
                warn(n, "date-restricted code line before any actor");
            } else {
                codeLists(body, n, true);
            }
        } else if (first == '+') {
            if (current == null) {
                warn(n, "synonym line before any actor");
            } else {
                phrase(body.substring(1), n);
            }
        } else {
            int bracket = indexOfBracket(body);
            if (bracket < 0 && current != null && !current.sawCodeList && !afterBlank) {
                phrase(body, n);
                return;
            }
            finish();
            current = new Entry(file + ":" + n, n);
            phrase(bracket < 0 ? body : body.substring(0, bracket), n);
            if (bracket >= 0) codeLists(body.substring(bracket), n, false);
        }
    }

    private static int indexOfBracket(String s) {
        int open = s.indexOf('[');
        int close = s.indexOf(']');
        if (open < 0) return close;
        return close < 0 ? open : Math.min(open, close);
    }

    private void phrase(String raw, int n) {
        String p = PetrarchText.phrase(raw);
        if (p.isEmpty()) {
            warn(n, "empty phrase");
        } else if (p.indexOf('\uFFFD') >= 0) {
            warn(n, "phrase \"" + p + "\" contains an undecodable character (U+FFFD); skipped");
        } else if (p.contains("[") || p.contains("]") || p.contains("+")) {
            warn(n, "phrase \"" + p + "\" contains a stray '[', ']' or '+'; skipped");
        } else if (PhraseKey.words(p).isEmpty()) {
            warn(n, "phrase \"" + p + "\" has no words; skipped");
        } else if (!current.phrases.contains(p)) {
            current.phrases.add(p);
        }
    }

    /** Reads "[CODE ...] [CODE ...]" lists; indented lines must hold nothing else. */
    private void codeLists(String text, int n, boolean indented) {
        current.sawCodeList = true;
        Matcher m = CODE_LIST.matcher(text);
        List<String> lists = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            rest.append(text, last, m.start()).append(' ');
            lists.add(m.group(1));
            last = m.end();
        }
        rest.append(text.substring(last));
        String leftover = rest.toString().strip();
        if (leftover.contains("[") || leftover.contains("]")) {
            warn(n, "unbalanced brackets in \"" + text.strip() + "\"; codes on this line skipped");
            return;
        }
        if (!leftover.isEmpty()) {
            if (indented) {
                warn(n, "indented line holds \"" + leftover + "\", not only [CODE] lists; line skipped");
                return;
            }
            warn(n, "text after the code lists ignored: \"" + leftover + "\"");
        }
        for (String list : lists) code(list, n);
    }

    private void code(String list, int n) {
        String content = list.strip();
        Matcher m = CODE_AND_DATES.matcher(content);
        if (!m.matches()) {
            warn(n, "empty code list []");
            return;
        }
        String code = m.group(1);
        String dates = m.group(2).strip();
        Matcher doubled = DOUBLED_CENTURY.matcher(dates);
        if (doubled.find()) {
            String repaired = doubled.replaceAll("$1");
            warn(n, "[" + content + "]: date with a doubled century read as \"" + repaired + "\"");
            dates = repaired;
        }
        if (code.equals("---")) {
            warn(n, "null code [" + content + "] (name not to be coded) has no Sitrep equivalent; dropped");
            return;
        }
        String[] members = code.split("/", -1);
        for (String member : members) {
            if (!CodeSyntax.isActorCode(member)) {
                warn(n, "code \"" + content + "\" is not a CAMEO actor code (A-Z, 0-9 in 3-character blocks)");
                return;
            }
        }
        if (members.length > 1) {
            if (dates.isEmpty()) current.jointly.addAll(List.of(members));
            else warn(n, "[" + content + "]: several codes at once cannot be dated; skipped");
            return;
        }
        try {
            current.codes.add(dated(code, dates));
        } catch (IllegalArgumentException e) {
            warn(n, "[" + content + "]: " + e.getMessage());
        }
    }

    private static DatedCode dated(String code, String dates) {
        if (dates.isEmpty()) return new DatedCode(code, null, null);
        if (dates.startsWith("<")) return new DatedCode(code, null, PetrarchText.date(dates.substring(1)).minusDays(1));
        if (dates.startsWith(">")) return new DatedCode(code, PetrarchText.date(dates.substring(1)), null);
        Matcher r = RANGE.matcher(dates);
        if (!r.matches()) {
            throw new IllegalArgumentException("date restriction \"" + dates + "\" is not <YYMMDD, >YYMMDD or YYMMDD-YYMMDD");
        }
        LocalDate from = PetrarchText.date(r.group(1));
        LocalDate to = PetrarchText.date(r.group(2));
        if (from.isAfter(to)) throw new IllegalArgumentException("range starts " + from + ", after its end " + to);
        return new DatedCode(code, from, to);
    }

    private void finish() {
        if (current == null) return;
        Entry e = current;
        current = null;
        if (e.phrases.isEmpty()) {
            if (!e.codes.isEmpty()) warn(e.line, "actor has no usable phrase; skipped");
            return;
        }
        if (!e.jointly.isEmpty()) {
            if (!e.codes.isEmpty()) {
                warn(e.line, "actor \"" + e.phrases.get(0) + "\" has several codes at once and dated codes; skipped");
                return;
            }
            for (String code : e.jointly) {
                entries.add(new ActorEntry(e.phrases, List.of(new DatedCode(code, null, null)), e.origin));
            }
            return;
        }
        if (e.codes.isEmpty()) {
            warn(e.line, "actor \"" + e.phrases.get(0) + "\" has no code; skipped");
            return;
        }
        entries.add(new ActorEntry(e.phrases, e.codes, e.origin));
    }

    private void warn(int line, String reason) {
        warnings.add(DictionaryWarning.at(file, line, reason));
    }

    private static final class Entry {
        final String origin;
        final int line;
        final List<String> phrases = new ArrayList<>();
        final List<DatedCode> codes = new ArrayList<>();
        final List<String> jointly = new ArrayList<>();
        boolean sawCodeList;

        Entry(String origin, int line) {
            this.origin = origin;
            this.line = line;
        }
    }
}
