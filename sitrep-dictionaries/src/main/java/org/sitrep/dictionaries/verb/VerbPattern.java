package org.sitrep.dictionaries.verb;

import java.util.List;

/**
 * A pattern refining a verb block's code by the words around the verb, e.g. "* {ARMS SHIPMENT} [072]".
 * code is null for [---] (no event); pairedCode is the second code of [a:b] patterns, else null.
 */
public record VerbPattern(List<Term> before, List<Term> after, List<PrepPhrase> preps,
                          String code, String pairedCode, String origin) {
    public VerbPattern {
        before = List.copyOf(before);
        after = List.copyOf(after);
        preps = List.copyOf(preps);
    }
}
