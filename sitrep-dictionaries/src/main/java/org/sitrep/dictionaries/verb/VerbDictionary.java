package org.sitrep.dictionaries.verb;

import java.util.List;

/**
 * Everything one verb file holds: synsets, verb blocks and transformation rules, in file order.
 * Readers of both formats return this, so the converter and the loader handle verbs the same way.
 */
public record VerbDictionary(List<Synset> synsets, List<VerbBlock> blocks, List<Transformation> transformations) {
    public VerbDictionary {
        synsets = List.copyOf(synsets);
        blocks = List.copyOf(blocks);
        transformations = List.copyOf(transformations);
    }
}
