package org.sitrep.coder.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.dictionaries.DictionaryException;
import org.sitrep.dictionaries.PhraseKey;

/**
 * Sitrep's list of descriptions that point back at a named actor ("the organization", "the Arab country"),
 * read from its sitrep.descriptions file.
 * Kept as data so a user can add "the kingdom" or "the junta" without touching code.
 */
public final class Descriptions {
    static final String RESOURCE = "org/sitrep/dictionaries/data/actors/sitrep.descriptions";
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
        try (InputStream in = Descriptions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new DictionaryException("sitrep.descriptions: missing from the classpath");
            return read("sitrep.descriptions",
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new DictionaryException("sitrep.descriptions: " + e.getMessage());
        }
    }

    static Descriptions read(String name, BufferedReader reader) throws IOException {
        List<Description> out = new ArrayList<>();
        String line;
        int n = 0;
        boolean header = false;
        while ((line = reader.readLine()) != null) {
            n++;
            String content = line.replaceFirst("#.*", "").strip();
            if (content.isEmpty()) continue;
            if (!header) {
                if (!content.equals(HEADER)) {
                    throw new DictionaryException(name + ":" + n + ": expected header \"" + HEADER + "\"");
                }
                header = true;
                continue;
            }
            String[] parts = content.split("=>");
            if (parts.length != 2) {
                throw new DictionaryException(name + ":" + n + ": expected \"WORDS => KIND [CODE ...] [+AGENT]\"");
            }
            String[] target = parts[1].strip().split("\\s+");
            Kind kind;
            try {
                kind = Kind.valueOf(target[0].toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DictionaryException(name + ":" + n + ": kind \"" + target[0]
                        + "\" is not country or organization");
            }
            Set<String> codes = new java.util.TreeSet<>();
            String agent = null;
            for (int i = 1; i < target.length; i++) {
                if (target[i].matches("\\+[A-Z]{3}")) agent = target[i].substring(1);
                else if (target[i].matches("([A-Z0-9]{3})+")) codes.add(target[i]);
                else throw new DictionaryException(name + ":" + n + ": \"" + target[i] + "\" is not an actor code");
            }
            List<String> words = PhraseKey.words(parts[0]);
            if (words.isEmpty()) throw new DictionaryException(name + ":" + n + ": no words before =>");
            out.add(new Description(words, kind, Set.copyOf(codes), agent, name + ":" + n));
        }
        return new Descriptions(out);
    }
}
