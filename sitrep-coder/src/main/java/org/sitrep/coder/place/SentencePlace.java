package org.sitrep.coder.place;

import org.sitrep.places.ResolvedPlace;

/**
 * A place mention as tokens of its sentence, with what the gazetteer made of it.
 * Placing an event walks the dependency graph, which speaks in tokens, not characters.
 */
public record SentencePlace(int sentence, int firstToken, int lastToken, ResolvedPlace resolved) {

    public boolean covers(int token) {
        return firstToken <= token && token <= lastToken;
    }
}
