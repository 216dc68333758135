package org.sitrep.coder.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.dictionaries.DictionaryException;
import org.sitrep.dictionaries.PhraseKey;

/**
 * PLOVER modes that an event's own words state ("air strike" is ASSAULT/aerial), read from sitrep.modes.
 * The CAMEO-to-PLOVER map only knows the code; the sentence often says how.
 */
public final class PloverModes {
    static final String RESOURCE = "org/sitrep/dictionaries/data/codes/sitrep.modes";
    private static final String HEADER = "sitrep-plover-modes 1";

    /** One rule: the type it refines, the mode it sets, the folded phrases that state it. */
    record Rule(String type, String mode, List<List<String>> phrases, String origin) {
    }

    private final List<Rule> rules;

    private PloverModes(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static PloverModes bundled() {
        try (InputStream in = PloverModes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new DictionaryException("sitrep.modes: missing from the classpath");
            return read("sitrep.modes", new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new DictionaryException("sitrep.modes: " + e.getMessage());
        }
    }

    static PloverModes read(String name, BufferedReader reader) throws IOException {
        List<Rule> rules = new ArrayList<>();
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
            String[] sides = content.split("<=");
            String[] head = sides[0].strip().split("\\s+");
            if (sides.length != 2 || head.length != 2 || !head[0].matches("[A-Z]+")) {
                throw new DictionaryException(name + ":" + n + ": expected \"TYPE MODE <= PHRASE | PHRASE ...\"");
            }
            List<List<String>> phrases = new ArrayList<>();
            for (String p : sides[1].split("\\|")) {
                List<String> words = PhraseKey.words(p);
                if (words.isEmpty()) throw new DictionaryException(name + ":" + n + ": empty phrase");
                phrases.add(words);
            }
            rules.add(new Rule(head[0], head[1], phrases, name + ":" + n));
        }
        return new PloverModes(rules);
    }

    /** The mode the words state for an event of this PLOVER type, if any. */
    public Optional<String> modeFor(String type, List<String> words) {
        for (Rule r : rules) {
            if (!r.type().equals(type)) continue;
            for (List<String> phrase : r.phrases()) {
                if (java.util.Collections.indexOfSubList(words, phrase) >= 0) return Optional.of(r.mode());
            }
        }
        return Optional.empty();
    }
}
