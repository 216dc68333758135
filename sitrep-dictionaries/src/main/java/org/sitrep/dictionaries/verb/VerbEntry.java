package org.sitrep.dictionaries.verb;

import java.util.List;

/**
 * A verb of a block, by lemma (multi-word verbs as "carry out"), with its own code where it has one.
 * forms lists irregular inflections from the source dictionary; code null means "the block's code".
 */
public record VerbEntry(String lemma, List<String> forms, String code, String origin) {
    public VerbEntry {
        forms = List.copyOf(forms);
    }
}
