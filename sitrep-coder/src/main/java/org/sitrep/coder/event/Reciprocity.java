package org.sitrep.coder.event;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import org.sitrep.coder.modality.Attribution;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Decides whether a verb's coordinated subjects act on each other: "India and Pakistan accused each other".
 * Without it, "Kenya and Somalia agreed to resume talks" gave each country an event with no one to act on.
 */
final class Reciprocity {
    private Reciprocity() {
    }

    /** Verbs whose coordinated subjects act on each other ("India and Pakistan clashed"). */
    private static final Set<String> RECIPROCAL_VERBS = Set.of("agree", "meet", "clash", "fight", "negotiate", "talk",
            "discuss", "confer", "cooperate", "collaborate", "sign", "reconcile", "consult", "skirmish", "battle",
            "spar", "trade", "exchange");
    /** Words that make any verb's coordinated subjects act on each other ("held talks", "launched joint patrols"). */
    private static final Set<String> RECIPROCAL_WORDS = Set.of("other", "another", "joint", "jointly", "together",
            "mutual", "mutually", "bilateral", "talks", "meeting", "negotiations", "dialogue", "summit");

    /** The verb's phrases whose words may say the act is mutual ("accused each other", "held talks"). */
    private static final Set<String> PHRASES_AFTER = Set.of("obj", "obl", "advmod", "iobj");

    /**
     * "India and Pakistan accused each other", "Kenya and Somalia agreed to resume talks": with several subjects
     * and no one else to act on, each acts on the others. "The US and Britain condemned the attack" is no such case.
     */
    static boolean reciprocal(Sentence s, Token t) {
        if (RECIPROCAL_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
        // "The United States, Britain and Norway said in a joint statement": they speak together, not to each other
        if (Attribution.isSpeechVerb(t.lemma())) return false;
        Dependency up = s.governorEdge(t.index());
        if (up != null && up.base().equals("xcomp")
                && RECIPROCAL_VERBS.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (Dependency d : s.outgoing(t.index())) {
            if (!PHRASES_AFTER.contains(d.base())) continue;
            BitSet phrase = Graph.phrase(s, d.dependent());
            for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
                if (RECIPROCAL_WORDS.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))) return true;
            }
        }
        return false;
    }
}
