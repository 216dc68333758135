package org.sitrep.dictionaries.discard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The discard phrases of a dictionary set, in load order; the first phrase found in a text applies.
 * Kept apart from actors and verbs because a match drops text before any event is coded.
 */
public final class DiscardList {
    private static final DiscardList EMPTY = new DiscardList(List.of());

    private final List<Discard> discards;

    public DiscardList(List<Discard> discards) {
        this.discards = List.copyOf(discards);
    }

    public static DiscardList empty() {
        return EMPTY;
    }

    public List<Discard> all() {
        return discards;
    }

    public boolean isEmpty() {
        return discards.isEmpty();
    }

    /** This list's phrases, then other's. */
    public DiscardList plus(DiscardList other) {
        List<Discard> all = new ArrayList<>(discards);
        all.addAll(other.discards);
        return new DiscardList(all);
    }

    /** The first phrase of the given scope found in words (folded with PhraseKey.token), if any. */
    public Optional<Discard> find(List<String> words, Discard.Scope scope) {
        for (Discard d : discards) {
            if (d.scope() != scope) continue;
            for (int i = 0; i < words.size(); i++) {
                if (d.matchesAt(words, i)) return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
