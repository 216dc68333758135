package org.sitrep.coder.actor;

import org.sitrep.dictionaries.actor.AgentEntry;
import org.sitrep.model.Span;

/**
 * Words of a sentence that name an actor, with the code they resolve to on the given date.
 * resolvedBy says which dictionary entry (file:line) or composition produced the code; agent is set
 * for a bare role, whose code is only the role part ("MIL").
 */
public record ActorMention(int sentence, int firstToken, int lastToken, Span span, String text, String code,
                           AgentEntry agent, String resolvedBy) {

    /** True for a bare role ("troops") that names no country or organisation by itself. */
    public boolean agentOnly() {
        return agent != null;
    }

    public boolean covers(int token) {
        return firstToken <= token && token <= lastToken;
    }
}
