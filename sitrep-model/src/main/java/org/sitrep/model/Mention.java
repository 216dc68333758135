package org.sitrep.model;

/**
 * A stretch of the article recognised as an actor, time or place, with what it resolved to.
 * value is the actor code, the normalised date, or the place name; null when nothing resolved.
 */
public record Mention(Kind kind, int sentence, Span span, String text, String value, String resolvedBy) {

    /** The three things a mention can name. */
    public enum Kind { ACTOR, TIME, PLACE }
}
