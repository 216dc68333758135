package org.sitrep.coder.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.coder.data.DataLines;
import org.sitrep.dictionaries.PhraseKey;

/**
 * PLOVER modes that an event's own words state ("air strike" is ASSAULT/aerial), read from sitrep.modes.
 * The CAMEO-to-PLOVER map only knows the code; the sentence often says how.
 */
public final class PloverModes {
    private static final String HEADER = "sitrep-plover-modes 1";

    /** One rule: the type it refines, the mode it sets, the folded phrases that state it. */
    record Rule(String type, String mode, List<List<String>> phrases, String origin) {
    }

    private final List<Rule> rules;

    private PloverModes(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static PloverModes bundled() {
        List<Rule> rules = new ArrayList<>();
        for (DataLines.Line line : DataLines.bundled("codes/sitrep.modes", HEADER)) {
            String[] sides = line.content().split("<=");
            String[] head = sides[0].strip().split("\\s+");
            if (sides.length != 2 || head.length != 2 || !head[0].matches("[A-Z]+")) {
                throw line.error("expected \"TYPE MODE <= PHRASE | PHRASE ...\"");
            }
            List<List<String>> phrases = new ArrayList<>();
            for (String p : sides[1].split("\\|")) {
                List<String> words = PhraseKey.words(p);
                if (words.isEmpty()) throw line.error("empty phrase");
                phrases.add(words);
            }
            rules.add(new Rule(head[0], head[1], phrases, line.origin()));
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
