package org.sitrep.dictionaries.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.dictionaries.PhraseKey;
import org.sitrep.dictionaries.actor.ActorEntry;

/**
 * Prepares converted Phoenix actors for Sitrep: leaves out phrases that sitrep.actors curates and drops exact
 * duplicate entries (the International file repeats whole sections). This way one phrase has one meaning.
 */
final class ActorCleanup {

    /** The kept entries and what was left out, with origins, for the converter's report. */
    record Result(List<ActorEntry> entries, List<String> leftToCurated, int duplicates) {
    }

    private ActorCleanup() {
    }

    /** The folded key under which a phrase is matched. */
    static String key(String phrase) {
        return String.join(" ", PhraseKey.words(phrase));
    }

    static Result apply(List<ActorEntry> entries, Set<String> curatedKeys) {
        List<ActorEntry> out = new ArrayList<>();
        List<String> left = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        int duplicates = 0;
        for (ActorEntry e : entries) {
            List<String> kept = new ArrayList<>();
            for (String p : e.phrases()) {
                if (curatedKeys.contains(key(p))) left.add("\"" + p + "\" (" + e.origin() + ")");
                else kept.add(p);
            }
            if (kept.isEmpty()) continue;
            if (!seen.add(List.of(kept, e.codes()))) {
                duplicates++;
                continue;
            }
            out.add(kept.size() == e.phrases().size() ? e : new ActorEntry(kept, e.codes(), e.origin()));
        }
        return new Result(out, left, duplicates);
    }
}
