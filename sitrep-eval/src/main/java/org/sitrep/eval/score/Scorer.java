package org.sitrep.eval.score;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares produced with expected events as multisets of exact (source, target, code) triples.
 * Exact matching is what PETRARCH's own validation checks; partial credit would hide role and code errors.
 */
public final class Scorer {
    private Scorer() {
    }

    /** Each produced event matches at most one expected event; the rest are spurious, the unmatched ones missed. */
    public static RecordScore score(List<EventTriple> expected, List<EventTriple> produced) {
        List<EventTriple> open = new ArrayList<>(expected);
        List<EventTriple> matched = new ArrayList<>();
        List<EventTriple> spurious = new ArrayList<>();
        for (EventTriple p : produced) {
            if (open.remove(p)) matched.add(p);
            else spurious.add(p);
        }
        return new RecordScore(matched, open, spurious);
    }
}
