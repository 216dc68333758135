package org.sitrep.model;

/**
 * A place named in the article and what the gazetteer resolved it to (null when nothing), with the reason
 * for the choice among candidates.
 * Geocoding errors are the commonest errors in event data; each choice must be checkable.
 */
public record PlaceMention(int sentence, Span span, String text, Place place, String reason) {
}
