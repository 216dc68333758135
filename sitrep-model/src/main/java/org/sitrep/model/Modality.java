package org.sitrep.model;

/**
 * Whether the text states the event as done, or as negated, denied by someone, planned, hypothetical or reported.
 * Consumers counting what happened keep only ASSERTED (and REPORTED, if they trust the speaker).
 */
public enum Modality {
    ASSERTED, NEGATED, DENIED, INTENDED, HYPOTHETICAL, REPORTED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
