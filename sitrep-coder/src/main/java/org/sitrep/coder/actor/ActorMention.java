package org.sitrep.coder.actor;

import org.sitrep.model.Span;

/**
 * Words of a sentence that name an actor, with the code they resolve to on the given date.
 * resolvedBy says which dictionary entry (file:line) or composition produced the code.
 */
public record ActorMention(int sentence, int firstToken, int lastToken, Span span, String text, String code,
                           boolean agentOnly, String resolvedBy) {

    public boolean covers(int token) {
        return firstToken <= token && token <= lastToken;
    }
}
