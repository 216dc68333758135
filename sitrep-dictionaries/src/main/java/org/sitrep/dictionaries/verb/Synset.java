package org.sitrep.dictionaries.verb;

import java.util.List;

/**
 * A named set of words or phrases (&WEAPON: rifle, missile, ...) that patterns refer to.
 * Phrases are lower case with words separated by spaces.
 */
public record Synset(String name, List<String> phrases, String origin) {
    public Synset {
        phrases = List.copyOf(phrases);
    }
}
