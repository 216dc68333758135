package org.sitrep.coder.modality;

import java.util.Set;
import org.sitrep.model.Modality;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;

/**
 * Decides whether a sentence states its event as done, or as negated, planned, hypothetical or reported.
 * A plan or a denial is not a fact, and must not be counted as one.
 */
public final class ModalityDetector {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll");
    private static final Set<String> POSSIBLE = Set.of("could", "may", "might", "should", "can", "must");
    private static final Set<String> INTENT = Set.of("plan", "intend", "want", "seek", "aim", "decide", "agree",
            "promise", "vow", "prepare", "hope", "expect", "threaten", "pledge", "offer",
            // "was ready to cooperate", "are due to meet": adjectives of a coming act
            "ready", "willing", "prepared", "due", "poised", "eager", "keen", "determined");
    private static final Set<String> REQUEST = Set.of("ask", "urge", "call", "demand", "request", "press",
            "pressure", "invite", "encourage", "order", "tell");
    /** "Iran denied attacking the tanker", "Iran denied that it attacked": someone says it did not happen. */
    private static final Set<String> DENIAL = Set.of("deny", "refute", "dismiss");
    /** Verbs whose complement clause is reported speech ("Kirby said that ..."). */
    static final Set<String> SPEECH = Set.of("say", "declare", "state", "claim", "announce", "report", "tell", "add",
            "maintain", "argue", "insist", "warn", "allege", "confirm");
    /** Verbs whose only content is intent: their xcomp is the event, marked intended. */
    private static final Set<String> PURE_INTENT = Set.of("plan", "intend", "want", "seek", "aim", "prepare",
            "hope", "expect");
    private static final int MAX_CLIMB = 4;

    /** Verbs that ask someone to act ("demanded that Ankara halt"): the asked one is whom they are aimed at. */
    public static boolean isRequestVerb(String lemma) {
        return REQUEST.contains(lemma.toLowerCase(java.util.Locale.ROOT));
    }

    public static boolean isIntentVerb(String lemma) {
        return PURE_INTENT.contains(lemma.toLowerCase(java.util.Locale.ROOT));
    }

    public Modality detect(Sentence s, int trigger) {
        if (isQuestion(s)) return Modality.HYPOTHETICAL;
        Modality found = own(s, trigger);
        if (found != Modality.ASSERTED) return found;
        int t = trigger;
        for (int climb = 0; climb < MAX_CLIMB; climb++) {
            Dependency up = s.governorEdge(t);
            if (up == null) break;
            String lemma = s.token(up.governor()).lemma().toLowerCase(java.util.Locale.ROOT);
            if (DENIAL.contains(lemma) && CLAUSE_ARGUMENTS.contains(up.base())) return Modality.DENIED;
            if (Attribution.isAccusation(s, up) && Attribution.hasNoSubject(s, t)) {
                return Modality.REPORTED; // "accused Israel of killing": a claim
            }
            if (REFUSAL.contains(lemma) && up.base().equals("xcomp")) return Modality.NEGATED;
            switch (up.base()) {
                case "ccomp", "xcomp" -> {
                    if (up.base().equals("ccomp") && SPEECH.contains(lemma)) return Modality.REPORTED;
                    if (up.base().equals("xcomp") && INTENT.contains(lemma)) return Modality.INTENDED;
                    // "urged Iran to stop", "demanded that Ankara halt": asked for, not done ("told that" is
                    // reported above)
                    if (REQUEST.contains(lemma)) return Modality.HYPOTHETICAL;
                }
                case "advcl" -> {
                    if (hasMark(s, t, "if") || hasMark(s, t, "unless")) return Modality.HYPOTHETICAL;
                    // "called for the agency to investigate": CoreNLP's advcl for the act asked for
                    if (REQUEST.contains(lemma) && hasMark(s, t, "to")) return Modality.HYPOTHETICAL;
                }
                default -> { }
            }
            if (!SHARED_MODALITY_EDGES.contains(up.base())) break;
            // "is not a member, but has increased cooperation": a conjunct with its own subject, auxiliary or a
            // contrast keeps its own modality; "did not attack or invade" shares the negation.
            if (up.base().equals("conj") && standsAlone(s, t, up.governor())) break;
            Modality parent = own(s, up.governor());
            if (parent == Modality.NEGATED || parent == Modality.HYPOTHETICAL) return parent;
            t = up.governor();
        }
        return Modality.ASSERTED;
    }

    /** Edges by which a denial governs what it denies ("denied attacking", "denied that it attacked"). */
    private static final Set<String> CLAUSE_ARGUMENTS = Set.of("ccomp", "xcomp", "advcl", "dep");
    /** "declined to comment", "refused to withdraw": the act is not done. */
    private static final Set<String> REFUSAL = Set.of("decline", "refuse");
    /** Edges across which a verb shares the modality of the verb above it. */
    private static final Set<String> SHARED_MODALITY_EDGES = Set.of("xcomp", "conj");
    /** Conjunctions that set a conjunct against the one before: its modality is its own. */
    private static final Set<String> CONTRASTS = Set.of("but", "yet", "while");

    private static boolean standsAlone(Sentence s, int conjunct, int first) {
        java.util.List<Integer> shared = new java.util.ArrayList<>();
        for (Dependency d : s.outgoing(first)) {
            if (d.base().equals("nsubj")) shared.add(d.dependent());
        }
        for (Dependency d : s.outgoing(conjunct)) {
            // enhanced++ copies the first conjunct's subject onto the others: only a subject of its own counts
            if (d.base().equals("nsubj") && !shared.contains(d.dependent()) || d.base().equals("aux")) return true;
            if (d.base().equals("cc") && CONTRASTS.contains(s.token(d.dependent()).word()
                    .toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A question ("What does NATO want in Iraq?") asserts nothing. */
    private static boolean isQuestion(Sentence s) {
        return s.tokens().get(s.tokens().size() - 1).word().equals("?");
    }

    /** What the trigger's own negation and auxiliaries say. */
    private static Modality own(Sentence s, int t) {
        Modality m = Modality.ASSERTED;
        for (Dependency d : s.outgoing(t)) {
            String lemma = s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
            if ((d.base().equals("advmod") || d.base().equals("det")) && NEGATORS.contains(lemma)) {
                return Modality.NEGATED;
            }
            if (d.base().equals("aux")) {
                if (POSSIBLE.contains(lemma)) m = Modality.HYPOTHETICAL;
                else if (FUTURE.contains(lemma) && m == Modality.ASSERTED) m = Modality.INTENDED;
            }
        }
        if (hasMark(s, t, "if")) return Modality.HYPOTHETICAL;
        // "Neither Malta nor Italy has allowed them to land": the subject negates
        for (Dependency d : s.outgoing(t)) {
            if (!d.base().equals("nsubj")) continue;
            for (Dependency c : s.outgoing(d.dependent())) {
                if (c.relation().equals("cc:preconj") && s.token(c.dependent()).word().equalsIgnoreCase("neither")) {
                    return Modality.NEGATED;
                }
            }
        }
        return m;
    }

    private static boolean hasMark(Sentence s, int t, String word) {
        for (Dependency d : s.outgoing(t)) {
            if (d.base().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase(word)) return true;
        }
        return false;
    }

}
