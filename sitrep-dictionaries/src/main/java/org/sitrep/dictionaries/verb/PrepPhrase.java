package org.sitrep.dictionaries.verb;

import java.util.List;

/**
 * A prepositional phrase in a verb pattern, written (TO BORDER): the preposition and its object terms.
 * The object may be empty, as in (TO), which matches any object of that preposition.
 */
public record PrepPhrase(String preposition, List<Term> object) {
    public PrepPhrase {
        object = List.copyOf(object);
    }
}
