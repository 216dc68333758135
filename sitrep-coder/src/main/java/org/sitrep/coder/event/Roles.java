package org.sitrep.coder.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.coder.modality.Attribution;

/**
 * Finds the tokens that fill an event's source and target roles from UD relations: subject and object,
 * passive agent, prepositional targets, and for event nouns possessives, modifiers and "of" phrases.
 * Roles are heads of phrases; actor matching turns them into codes.
 */
final class Roles {
    static final Set<String> TARGET_PREPS = Set.of("to", "against", "with", "on", "at", "toward", "towards", "about", "of",
            "into", "upon", "over", "for");
    private static final Set<String> NOUN_SOURCE_RELS = Set.of("nmod:poss", "amod", "compound", "nmod:by",
            "nmod:agent");
    private static final Set<String> NOUN_TARGET_PREPS = Set.of("of", "against", "on", "to", "upon", "toward",
            "towards", "into");

    /**
     * Verbs whose subject does what their object noun names ("carried out an attack", "imposed sanctions",
     * "approved two bombings"); other verbs only talk about it ("condemned the attack", "repelled an attack").
     */
    private static final Set<String> LIGHT_VERBS = Set.of("carry", "launch", "conduct", "stage", "mount", "make",
            "perform", "unleash", "execute", "wage", "commit", "undertake", "initiate", "begin", "start", "resume",
            "continue", "intensify", "escalate", "step", "renew", "lead", "pay", "hold", "host", "sign", "reach",
            "conclude", "give", "issue", "deliver", "provide", "offer", "extend", "send", "order", "approve",
            "authorize", "authorise", "organize", "organise", "orchestrate", "mastermind", "declare", "announce",
            "impose", "open");

    private Roles() {
    }

    /** Source and target head tokens of a trigger, with the relations that gave them (for provenance). */
    record Found(List<Integer> sources, List<Integer> targets, String how) {
    }

    static Found ofVerb(Sentence s, int v) {
        boolean passive = s.outgoing(v).stream().anyMatch(d -> d.relation().equals("nsubj:pass")
                || d.relation().equals("aux:pass"));
        List<Integer> sources = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        StringBuilder how = new StringBuilder();
        // '"We will not accept this," said an Indian official': CoreNLP often takes the speaker for the object.
        boolean speakerAsObject = !passive && speakerAfterQuote(s, v)
                && s.outgoing(v).stream().noneMatch(d -> d.relation().equals("nsubj"));
        List<Integer> asked = passive ? List.of() : askedToAct(s, v);
        for (Dependency d : s.outgoing(v)) {
            String r = d.relation();
            if (!passive && (r.equals("nsubj") || r.equals("nsubj:xsubj") && asked.isEmpty())) {
                add(sources, d, how, "source");
            }
            if (passive && (r.equals("obl:agent") || r.equals("obl:by"))) add(sources, d, how, "source");
            if (passive && r.equals("nsubj:pass")) add(targets, d, how, "target");
            if (speakerAsObject && r.equals("obj") && d.dependent() > v) {
                add(sources, d, how, "source(speaker after the quote)");
            } else if (!passive && (r.equals("obj") || r.equals("iobj")) && !UNADDRESSED_SPEECH.contains(lemma(s, v))) {
                add(targets, d, how, "target");
            }
        }
        if (!asked.isEmpty()) {
            // "called on Baghdad and Ankara to resolve the dispute": those called on are to resolve it
            for (int a : asked) add(sources, new Dependency("obl:on", v, a), how, "source(asked)");
        }
        if (!passive && sources.stream().allMatch(h -> s.token(h).pos().startsWith("PRP"))) {
            // "it was agreed to establish a mission by NATO": the by-phrase names the doer.
            for (Dependency d : s.outgoing(v)) {
                if (d.relation().equals("obl:by") || d.relation().equals("obl:agent")) add(sources, d, how, "source");
            }
        }
        if (sources.isEmpty() && !passive) {
            Dependency up = s.governorEdge(v);
            if (up != null && (up.base().equals("conj") || up.base().equals("dep"))) {
                for (Dependency d : s.outgoing(up.governor())) {
                    if (d.relation().equals("nsubj")) add(sources, d, how, "source(shared subject)");
                }
            }
        }
        if (sources.isEmpty() && !passive) {
            // "Iran accused Israel of killing": the accused did the act they are charged with
            Dependency up = s.governorEdge(v);
            if (up != null && Attribution.isAccusation(s, up)) {
                for (Dependency d : s.outgoing(up.governor())) {
                    if (d.relation().equals("obj")) add(sources, d, how, "source(the accused)");
                }
            }
        }
        if (sources.isEmpty() && !passive) {
            // "Ethiopia indicated it would act", parsed with "indicated" as the clausal subject of "act".
            for (Dependency c : s.outgoing(v)) {
                if (!c.relation().equals("csubj") || c.dependent() > v) continue;
                for (Dependency d : s.outgoing(c.dependent())) {
                    if (d.relation().equals("nsubj")) add(sources, d, how, "source(clausal subject)");
                }
            }
        }
        for (Dependency d : s.outgoing(v)) {
            if (d.base().equals("obl") && TARGET_PREPS.contains(d.subtype())) add(targets, d, how, "target");
        }
        return new Found(resolveRelative(s, sources), resolveRelative(s, targets), how.toString());
    }

    static Found ofNoun(Sentence s, int n) {
        List<Integer> sources = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        StringBuilder how = new StringBuilder();
        for (Dependency d : s.outgoing(n)) {
            if (NOUN_SOURCE_RELS.contains(d.relation())) add(sources, d, how, "source");
            if (d.base().equals("nmod") && NOUN_TARGET_PREPS.contains(d.subtype())) add(targets, d, how, "target");
        }
        {
            // "Turkey carried out a drone attack": the light verb's subject did it.
            Dependency up = s.governorEdge(n);
            if (up != null && up.base().equals("obj")
                    && LIGHT_VERBS.contains(s.token(up.governor()).lemma().toLowerCase(java.util.Locale.ROOT))) {
                for (Dependency d : s.outgoing(up.governor())) {
                    if (d.relation().equals("nsubj")) add(sources, d, how, "source(light verb)");
                }
            }
        }
        return new Found(sources, targets, how.toString());
    }

    /**
     * Speech verbs without an addressee: "said Athens would not negotiate", "They say Tanzania has ignored": their
     * object is the subject of what they report (CoreNLP's misparse), never whom they are aimed at.
     */
    private static final Set<String> UNADDRESSED_SPEECH = Set.of("say", "state", "add", "insist", "maintain", "argue");

    /** The phrases naming whom a call or appeal is made to: "called on", "called upon", "appealed to". */
    private static final Set<String> CALLED_ON = Set.of("obl:on", "obl:upon", "obl:to");
    /** "called on Thursday on Israel to stop": the day is when, not who is called on. */
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "tonight", "weekend");

    private static String lemma(Sentence s, int t) {
        return s.token(t).lemma().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Who a request asks to do this verb: "called on Baghdad and Ankara to resolve" (CoreNLP gives the caller as
     * the infinitive's subject), with their conjuncts. Empty when the verb answers no "call on"/"appeal to".
     */
    private static List<Integer> askedToAct(Sentence s, int v) {
        Dependency up = s.governorEdge(v);
        if (up == null || !(up.base().equals("xcomp") || up.relation().equals("advcl:to"))) return List.of();
        String request = lemma(s, up.governor());
        if (!request.equals("call") && !request.equals("appeal")) return List.of(); // "ordered X to" is obj control
        List<Integer> asked = new ArrayList<>();
        for (Dependency d : s.outgoing(up.governor())) {
            if (CALLED_ON.contains(d.relation()) && s.token(d.dependent()).isNoun()
                    && !DAYS.contains(lemma(s, d.dependent()))) {
                asked.add(d.dependent());
                for (Dependency c : s.outgoing(d.dependent())) {
                    if (c.base().equals("conj")) asked.add(c.dependent());
                }
            }
        }
        return asked;
    }

    /** A speech verb right after a quote or its comma (', said', '" said'), whose speaker follows it. */
    private static boolean speakerAfterQuote(Sentence s, int v) {
        if (v == 0 || !Attribution.isSpeechVerb(s.token(v).lemma())) return false;
        String before = s.token(v - 1).word();
        return before.equals(",") || before.equals("''") || before.equals("\"") || before.equals("\u201d");
    }

    private static void add(List<Integer> list, Dependency d, StringBuilder how, String role) {
        if (list.contains(d.dependent())) return;
        list.add(d.dependent());
        if (how.length() > 0) how.append(' ');
        how.append(role).append('=').append(d.relation());
    }

    /** A relative pronoun subject ("the attack that assassinated") stands for the noun before it. */
    private static List<Integer> resolveRelative(Sentence s, List<Integer> heads) {
        List<Integer> out = new ArrayList<>();
        for (int h : heads) {
            String pos = s.token(h).pos();
            if (pos.equals("WDT") || pos.equals("WP")) {
                int antecedent = antecedent(s, h);
                if (antecedent >= 0) {
                    out.add(antecedent);
                    continue;
                }
            }
            out.add(h);
        }
        return out;
    }

    private static int antecedent(Sentence s, int pronoun) {
        for (Dependency d : s.incoming(pronoun)) {
            if (d.relation().equals("ref")) return d.governor();
        }
        int left = pronoun - 1;
        return left >= 0 && s.token(left).isNoun() ? left : -1;
    }
}
