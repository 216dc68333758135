package org.sitrep.model;

import java.time.LocalDate;

/**
 * When an event happened, as precisely as the text says, and what the date was taken from.
 * value is the smallest ISO calendar unit (YYYY-MM-DD, YYYY-MM or YYYY) that holds the whole range
 * start..end, which is exact ("mid-February" is 2021-02 with the range 2021-02-11..2021-02-20).
 */
public record EventDate(String value, Precision precision, Basis basis, Span evidence, LocalDate start,
                        LocalDate end, String modifier) {

    /** The unit of value. */
    public enum Precision { DAY, MONTH, YEAR, UNKNOWN }

    /**
     * Where the date came from: a time expression of the event's own sentence (TEXT), of the sentence
     * narrating the same episode just before (CONTEXT), the publication date for want of any cue
     * (PUBLISHED), or nowhere (UNKNOWN).
     */
    public enum Basis { TEXT, CONTEXT, PUBLISHED, UNKNOWN }

    public static EventDate unknown() {
        return new EventDate(null, Precision.UNKNOWN, Basis.UNKNOWN, null, null, null, null);
    }

    /** A date covering start..end, with value and precision derived from the range. */
    public static EventDate of(LocalDate start, LocalDate end, Basis basis, Span evidence, String modifier) {
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            if (start.equals(end)) {
                return new EventDate(start.toString(), Precision.DAY, basis, evidence, start, end, modifier);
            }
            return new EventDate(start.toString().substring(0, 7), Precision.MONTH, basis, evidence, start, end,
                    modifier);
        }
        return new EventDate(String.valueOf(start.getYear()), Precision.YEAR, basis, evidence, start, end, modifier);
    }

    public boolean isKnown() {
        return value != null;
    }

    /** The same date, taken over by another sentence or event on another basis. */
    public EventDate withBasis(Basis newBasis) {
        return new EventDate(value, precision, newBasis, evidence, start, end, modifier);
    }
}
