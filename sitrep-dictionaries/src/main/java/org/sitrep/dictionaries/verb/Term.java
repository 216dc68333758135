package org.sitrep.dictionaries.verb;

import java.util.List;

/**
 * One element of a verb pattern: a word, a synset reference, a noun phrase, or an actor slot.
 * Patterns are data; the coder decides how each term matches the dependency graph.
 */
public sealed interface Term {

    /** A literal word (lower case), e.g. "attack". */
    record Word(String word) implements Term {}

    /** A reference to a named synset, e.g. &MILITARY. */
    record SynsetRef(String name) implements Term {}

    /** A noun phrase written {...} whose head is its last term. */
    record NounPhrase(List<Term> terms) implements Term {
        public NounPhrase {
            terms = List.copyOf(terms);
        }
    }

    /**
     * Words and synsets that must stand side by side, written joined with "_" ("new_&TIETYPES_relations"):
     * TABARI's adjacency, so "new global economic relations" is no "new economic relations".
     */
    record Joined(List<Term> parts) implements Term {
        public Joined {
            parts = List.copyOf(parts);
        }
    }

    /** The source slot ($). */
    record Source() implements Term {}

    /** The target slot (+). */
    record Target() implements Term {}

    /** Any other marker kept verbatim (^, %, |), so nothing in a pattern is silently lost. */
    record Marker(String symbol) implements Term {}
}
