package org.sitrep.dictionaries.petrarch;

import java.util.List;
import org.sitrep.dictionaries.DictionaryWarning;

/**
 * What a lenient PETRARCH reader produced: the entries it could read and a warning for everything it could not.
 * Keeping both together lets callers decide whether warnings are acceptable instead of the reader aborting.
 */
public record Parsed<T>(T value, List<DictionaryWarning> warnings) {
    public Parsed {
        warnings = List.copyOf(warnings);
    }
}
