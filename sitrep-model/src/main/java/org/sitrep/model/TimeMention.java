package org.sitrep.model;

/**
 * A time expression of the article as SUTime found it (TIMEX3 type and value) and what Sitrep made of it.
 * resolved is null when the expression names no calendar date (a duration, "now", an unanchored "later");
 * reason says why either way.
 */
public record TimeMention(int sentence, Span span, String text, String type, String timexValue, EventDate resolved,
                          String reason) {
}
