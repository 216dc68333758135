package org.sitrep.places;

/**
 * A gazetteer entry found for a name (with its entry number, a stable tie-break), and how the name matched
 * it. The resolver scores these.
 */
record NameMatch(int index, GazetteerEntry entry, MatchType how) {
}
