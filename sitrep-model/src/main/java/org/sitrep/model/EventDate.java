package org.sitrep.model;

/**
 * When an event happened, as precisely as the text says, and what the date was taken from.
 * value is ISO (YYYY-MM-DD, YYYY-MM or YYYY) or null when unknown.
 */
public record EventDate(String value, Precision precision, Basis basis, Span evidence) {

    /** How much of the date the text fixes. */
    public enum Precision { DAY, MONTH, YEAR, UNKNOWN }

    /** Where the date came from: the event's own sentence, the publication date, or nowhere. */
    public enum Basis { TEXT, PUBLISHED, UNKNOWN }

    public static EventDate unknown() {
        return new EventDate(null, Precision.UNKNOWN, Basis.UNKNOWN, null);
    }
}
