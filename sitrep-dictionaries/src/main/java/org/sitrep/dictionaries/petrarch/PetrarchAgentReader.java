package org.sitrep.dictionaries.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.dictionaries.DictionaryWarning;
import org.sitrep.dictionaries.PhraseKey;
import org.sitrep.dictionaries.actor.AgentEntry;
import org.sitrep.dictionaries.codes.CodeSyntax;

/**
 * Reads a PETRARCH agent dictionary (Phoenix.agents.txt): "PHRASE {plurals} [~GOV]" lines and "!SET! = A, B" sets.
 * Each entry comes out with its singular and plural phrases spelled out, so the coder needs no inflection rules.
 *
 * <p>Plurals: "{}" means none, "{A_B C}" lists them, otherwise a regular plural is generated; phrases made from a
 * substitution set get no generated plural because the set already lists both numbers (MAN, MEN, ...).
 */
public final class PetrarchAgentReader {
    private static final Pattern SET = Pattern.compile("!([A-Za-z0-9_]+)!\\s*=\\s*(.*)");
    private static final Pattern ENTRY = Pattern.compile("(.+?)\\s*(?:\\{([^{}]*)\\})?\\s*\\[([^\\[\\]]*)\\]");
    private static final Pattern SET_USE = Pattern.compile("!([A-Za-z0-9_]+)!");

    private final String file;
    private final Map<String, List<String>> sets = new HashMap<>();
    private final List<DictionaryWarning> warnings = new ArrayList<>();
    private final List<AgentEntry> entries = new ArrayList<>();

    private PetrarchAgentReader(String file) {
        this.file = file;
    }

    public static Parsed<List<AgentEntry>> read(Path file) {
        return read(file.getFileName().toString(), PetrarchSource.read(file));
    }

    /** Reads already-decoded text; name is the file name used in origins and warnings. */
    public static Parsed<List<AgentEntry>> read(String name, String text) {
        return read(name, PetrarchSource.lines(text));
    }

    private static Parsed<List<AgentEntry>> read(String name, List<SourceLine> lines) {
        PetrarchAgentReader r = new PetrarchAgentReader(name);
        for (SourceLine line : lines) r.line(line);
        return new Parsed<>(List.copyOf(r.entries), r.warnings);
    }

    private void line(SourceLine line) {
        String body = PetrarchSource.stripComment(line.text()).strip();
        if (body.isEmpty()) return;
        int n = line.number();
        Matcher set = SET.matcher(body);
        if (set.matches()) {
            List<String> values = new ArrayList<>();
            for (String v : set.group(2).split(",")) {
                if (!v.isBlank()) values.add(v.strip());
            }
            sets.put(set.group(1).toUpperCase(Locale.ROOT), values);
            return;
        }
        Matcher m = ENTRY.matcher(body);
        if (!m.matches()) {
            warn(n, body.contains("[") ? "malformed agent line \"" + body + "\"" : "agent \"" + body + "\" has no [code]; skipped");
            return;
        }
        String code = m.group(3).strip();
        if (!CodeSyntax.isAgentCode(code)) {
            warn(n, "code \"" + code + "\" is not an agent code (~CODE or CODE~ with 3-character blocks)");
            return;
        }
        try {
            List<String> phrases = phrases(m.group(1), m.group(2));
            if (phrases.isEmpty()) {
                warn(n, "agent \"" + m.group(1) + "\" has no usable phrase; skipped");
                return;
            }
            boolean suffix = code.startsWith("~");
            String bare = suffix ? code.substring(1) : code.substring(0, code.length() - 1);
            entries.add(new AgentEntry(phrases, bare,
                    suffix ? AgentEntry.Placement.SUFFIX : AgentEntry.Placement.PREFIX, file + ":" + n));
        } catch (IllegalArgumentException e) {
            warn(n, e.getMessage());
        }
    }

    private List<String> phrases(String singular, String plurals) {
        Set<String> out = new LinkedHashSet<>();
        boolean usesSet = SET_USE.matcher(singular).find();
        List<String> singulars = expand(singular);
        singulars.forEach(s -> add(out, s));
        if (plurals != null) {
            for (String p : plurals.split("[\\s,]+")) {
                if (!p.isBlank()) expand(p).forEach(s -> add(out, s));
            }
        } else if (!usesSet) {
            singulars.forEach(s -> add(out, EnglishPlural.of(PetrarchText.phrase(s))));
        }
        return new ArrayList<>(out);
    }

    private static void add(Set<String> out, String raw) {
        String p = PetrarchText.phrase(raw);
        if (!p.isEmpty() && !PhraseKey.words(p).isEmpty()) out.add(p);
    }

    /** Expands every !SET! in the phrase into each of its values. */
    private List<String> expand(String phrase) {
        Matcher m = SET_USE.matcher(phrase);
        if (!m.find()) return List.of(phrase);
        List<String> values = sets.get(m.group(1).toUpperCase(Locale.ROOT));
        if (values == null) throw new IllegalArgumentException("unknown substitution set !" + m.group(1) + "!");
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.addAll(expand(phrase.substring(0, m.start()) + v + phrase.substring(m.end())));
        }
        return out;
    }

    private void warn(int line, String reason) {
        warnings.add(DictionaryWarning.at(file, line, reason));
    }
}
