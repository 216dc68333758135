package org.sitrep.model;

/**
 * A half-open range of character offsets [start, end) into an article's text.
 * Every annotation in Sitrep points back at the original characters through one of these.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
