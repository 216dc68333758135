package org.sitrep.coder.event;

import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Tells verbs that describe a noun from verbs that state an event: "groups linked to Iran", "Hamas, which
 * controls Gaza". Coded as events, such descriptions filled the output with acts nobody did.
 */
final class DescriptiveClauses {
    private DescriptiveClauses() {
    }

    /** Verbs that, in the present tense of a relative clause, describe what someone is rather than what they did. */
    private static final Set<String> STANDING_STATES = Set.of("control", "oversee", "govern", "run", "administer", "host",
            "link", "claim", "border", "include", "represent", "dominate", "hold", "lead", "monitor", "supervise");

    /**
     * "allied militias", "groups linked to Iran", "vehicles heading into Mexico": a participle that describes a
     * noun states no event. One with its doer named ("fighters backed by Turkey", "an attack carried out by
     * ISIS") still does, and so does a relative clause unless it states a standing state in the present.
     */
    static boolean describesANoun(Sentence s, Token t) {
        Dependency up = s.governorEdge(t.index());
        if (up == null) return false;
        if (up.relation().equals("amod")) return true;
        if (up.relation().equals("acl:relcl")) {
            // "Hamas, which controls Gaza", "the body that oversees civilian affairs": a standing state
            return (t.pos().equals("VBZ") || t.pos().equals("VBP"))
                    && STANDING_STATES.contains(t.lemma().toLowerCase(Locale.ROOT));
        }
        if (!up.relation().equals("acl")) return false;
        if (t.pos().equals("VBG")) return true;
        return t.pos().equals("VBN") && Graph.dependents(s, t.index(), "obl:by").isEmpty()
                && Graph.dependents(s, t.index(), "obl:agent").isEmpty();
    }
}
