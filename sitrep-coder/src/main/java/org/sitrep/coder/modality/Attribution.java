package org.sitrep.coder.modality;

import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;

/**
 * Finds who the text says reported an event: the subject of the speech verb whose complement holds it
 * ("Kirby said the attack was ..."), or the object of "according to" on any phrase above it.
 * Users weigh an event by its source; a report is not an observation.
 */
public final class Attribution {
    /** The speech verbs of modality, and those that name a source without making the event reported. */
    static final Set<String> SPEECH = java.util.stream.Stream.concat(ModalityDetector.SPEECH.stream(),
            Set.of("deny", "write", "reveal", "explain").stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final int MAX_CLIMB = 5;

    private Attribution() {
    }

    /** Whether a verb reports speech ("say", "deny"): its complement holds the event, not its target. */
    public static boolean isSpeechVerb(String lemma) {
        return SPEECH.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Verbs that charge someone with an act ("accused Israel of killing"): the act is their claim. */
    private static final Set<String> ACCUSATION = Set.of("accuse", "blame", "charge", "suspect");
    /** The words that hang the act charged from the accusation: accused of, blamed for. */
    private static final Set<String> CHARGE_MARKS = Set.of("of", "for");

    /** Whether an edge hangs an act from an accusation: "accused Israel of killing" (advcl:of, or "of" as mark). */
    public static boolean isAccusation(Sentence s, Dependency up) {
        if (!ACCUSATION.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) return false;
        return up.relation().equals("advcl:of") || up.relation().equals("advcl:for") || up.base().equals("advcl")
                && s.outgoing(up.dependent()).stream().anyMatch(d -> d.base().equals("mark")
                && CHARGE_MARKS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /** Whether a token heads no clause of its own subject ("of abducting", not "while the military said"). */
    public static boolean hasNoSubject(Sentence s, int t) {
        return s.outgoing(t).stream().noneMatch(d -> d.base().equals("nsubj") || d.base().equals("csubj"));
    }

    /** The head token of the reporter, or -1 when the sentence attributes the event to no one. */
    public static int speaker(Sentence s, int trigger) {
        int t = trigger;
        boolean subjectless = true; // an accusation charges only a clause without a subject of its own
        for (int climb = 0; climb <= MAX_CLIMB && t >= 0; climb++) {
            for (Dependency d : s.outgoing(t)) {
                if (d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to")) {
                    return d.dependent();
                }
            }
            Dependency up = s.governorEdge(t);
            if (up == null) break;
            int g = up.governor();
            boolean reports = SPEECH.contains(s.token(g).lemma().toLowerCase(Locale.ROOT));
            subjectless &= hasNoSubject(s, t);
            boolean charged = subjectless && isAccusation(s, up);
            if (reports && (up.base().equals("ccomp") || up.base().equals("parataxis")) || charged) {
                for (Dependency d : s.outgoing(g)) {
                    if (d.relation().equals("nsubj")) return d.dependent();
                }
            }
            t = g;
        }
        return -1;
    }

}
