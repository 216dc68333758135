package org.sitrep.coder.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.coder.data.DataLines;
import org.sitrep.dictionaries.PhraseKey;

/**
 * Sitrep's list of descriptions that point back at a named actor ("the organization", "the Arab country"),
 * read from its sitrep.descriptions file.
 * Kept as data so a user can add "the kingdom" or "the junta" without touching code.
 */
public final class Descriptions {
    private static final String HEADER = "sitrep-descriptions 1";

    /** What a description can refer to. */
    public enum Kind { COUNTRY, ORGANIZATION }

    /** One description: its folded words, the kind of antecedent, allowed codes (empty: any), a role to add. */
    public record Description(List<String> words, Kind kind, Set<String> codes, String agent, String origin) {
        boolean fits(String code) {
            if (code == null) return false;
            boolean country = code.length() == 3;
            if (kind == Kind.COUNTRY && !country) return false;
            if (kind == Kind.ORGANIZATION && country) return false;
            return codes.isEmpty() || codes.contains(code);
        }
    }

    private final List<Description> entries;

    private Descriptions(List<Description> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Description> entries() {
        return entries;
    }

    public static Descriptions bundled() {
        List<Description> out = new ArrayList<>();
        for (DataLines.Line line : DataLines.bundled("actors/sitrep.descriptions", HEADER)) {
            String[] parts = line.content().split("=>");
            if (parts.length != 2) throw line.error("expected \"WORDS => KIND [CODE ...] [+AGENT]\"");
            String[] target = parts[1].strip().split("\\s+");
            Kind kind;
            try {
                kind = Kind.valueOf(target[0].toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.error("kind \"" + target[0] + "\" is not country or organization");
            }
            Set<String> codes = new java.util.TreeSet<>();
            String agent = null;
            for (int i = 1; i < target.length; i++) {
                if (target[i].matches("\\+[A-Z]{3}")) agent = target[i].substring(1);
                else if (target[i].matches("([A-Z0-9]{3})+")) codes.add(target[i]);
                else throw line.error("\"" + target[i] + "\" is not an actor code");
            }
            List<String> words = PhraseKey.words(parts[0]);
            if (words.isEmpty()) throw line.error("no words before =>");
            out.add(new Description(words, kind, Set.copyOf(codes), agent, line.origin()));
        }
        return new Descriptions(out);
    }
}
