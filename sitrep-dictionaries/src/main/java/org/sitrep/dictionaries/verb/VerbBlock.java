package org.sitrep.dictionaries.verb;

import java.util.List;

/**
 * A group of synonymous verbs sharing a default code and a list of refining patterns.
 * code is null for a [---] block: its verbs code only through a pattern.
 */
public record VerbBlock(String name, String code, List<VerbEntry> verbs, List<VerbPattern> patterns,
                        String origin) {
    public VerbBlock {
        verbs = List.copyOf(verbs);
        patterns = List.copyOf(patterns);
    }
}
