package org.sitrep.eval.score;

import java.util.List;

/**
 * How one record's produced events compare with its expected ones: matched, missed and spurious events.
 * Each list is a multiset: an event expected twice must be produced twice to match twice.
 */
public record RecordScore(List<EventTriple> matched, List<EventTriple> missed, List<EventTriple> spurious) {
    public RecordScore {
        matched = List.copyOf(matched);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    public int expected() {
        return matched.size() + missed.size();
    }

    public boolean perfect() {
        return missed.isEmpty() && spurious.isEmpty();
    }
}
