package org.sitrep.coder.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.dictionaries.verb.VerbBlock;
import org.sitrep.dictionaries.verb.VerbEntry;

/**
 * Looks up the verb blocks a lemma belongs to ("carry out" as well as "attack").
 * The coder asks it for every verb and event noun of a sentence.
 */
public final class VerbLexicon {

    /** A verb of the dictionary with the block that codes it. */
    public record Sense(VerbBlock block, VerbEntry verb) {
        /** The verb's own code, else its block's; null when neither codes without a pattern. */
        public String defaultCode() {
            return verb.code() != null ? verb.code() : block.code();
        }
    }

    private final Map<String, List<Sense>> byLemma = new HashMap<>();

    public VerbLexicon(List<VerbBlock> blocks) {
        for (VerbBlock b : blocks) {
            for (VerbEntry v : b.verbs()) {
                byLemma.computeIfAbsent(v.lemma().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(new Sense(b, v));
            }
        }
    }

    public List<Sense> lookup(String lemma) {
        return byLemma.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }
}
