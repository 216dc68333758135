package org.sitrep.dictionaries.verb;

/**
 * A PETRARCH-2 transformation rule kept as raw text, e.g. "a (a b ATTACK) SAY = a b 015", with its origin.
 * Sitrep does not interpret these yet; keeping them verbatim means nothing from the source is silently lost.
 */
public record Transformation(String rule, String origin) {
}
