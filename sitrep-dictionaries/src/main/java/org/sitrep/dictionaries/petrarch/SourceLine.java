package org.sitrep.dictionaries.petrarch;

/**
 * One line of a PETRARCH file with its 1-based line number, after "<!-- ... -->" comments were removed.
 * Readers report every problem by file and line number, so the number travels with the text.
 */
public record SourceLine(int number, String text) {
}
