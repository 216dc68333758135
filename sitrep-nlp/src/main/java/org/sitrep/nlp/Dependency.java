package org.sitrep.nlp;

/**
 * A UD enhanced++ dependency edge between two tokens of a sentence (0-based indices).
 * relation keeps its subtype, e.g. "obl:according_to" or "nsubj:pass".
 */
public record Dependency(String relation, int governor, int dependent) {

    /** The relation without its subtype: "obl" for "obl:in". */
    public String base() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The subtype after the colon, or "" when there is none. */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
