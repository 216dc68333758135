package org.sitrep.model;

/**
 * An event participant: the resolved CAMEO actor code and the words of the article that named it.
 * The code may be null when the words were found but resolved to no dictionary entry.
 */
public record ActorRef(String code, String text, Span span) {
}
