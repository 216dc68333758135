package org.sitrep.coder.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;

/**
 * Dependency-graph walks the coder needs: a phrase's tokens without crossing into other clauses.
 * Kept in one place so roles, patterns and dates all agree on what "the phrase" of a word is.
 */
final class Graph {
    /** Relations that start another clause or a list: a phrase stops there. */
    private static final Set<String> CLAUSE_EDGES = Set.of("acl", "ccomp", "advcl", "parataxis", "conj", "cc",
            "punct", "ref", "mark", "dep", "xcomp", "csubj", "discourse", "vocative", "list", "orphan");

    private Graph() {
    }

    /** The token and everything under it that belongs to the same phrase. */
    static BitSet phrase(Sentence s, int head) {
        BitSet seen = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(head);
        seen.set(head);
        while (!todo.isEmpty()) {
            int t = todo.poll();
            for (Dependency d : s.outgoing(t)) {
                if (CLAUSE_EDGES.contains(d.base()) || seen.get(d.dependent())) continue;
                if (d.base().equals("nsubj") || d.base().equals("obj") && t != head) continue;
                seen.set(d.dependent());
                todo.add(d.dependent());
            }
        }
        return seen;
    }

    /**
     * Relations that stay inside a noun phrase naming one participant ("soldiers of the Blackwater company",
     * "the spokesman for the US Department of Defense").
     */
    private static final Set<String> NOUN_PHRASE_EDGES = Set.of("compound", "amod", "nmod:poss", "det", "appos",
            "flat", "nummod", "nmod:of", "nmod:for", "compound:prt", "fixed");
    private static final int NOUN_PHRASE_DEPTH = 3;

    /**
     * The head and its close modifiers: compounds, adjectives, possessors, appositions and "of" phrases,
     * but not places or times ("bombings in the Syrian border area" names no Syrian participant).
     */
    static BitSet nounPhrase(Sentence s, int head) {
        BitSet seen = new BitSet();
        seen.set(head);
        Deque<int[]> todo = new ArrayDeque<>();
        todo.add(new int[] {head, 0});
        while (!todo.isEmpty()) {
            int[] cur = todo.poll();
            if (cur[1] >= NOUN_PHRASE_DEPTH) continue;
            for (Dependency d : s.outgoing(cur[0])) {
                if (!NOUN_PHRASE_EDGES.contains(d.relation()) && !hyphenedLeader(s, d) || seen.get(d.dependent())) continue;
                boolean ownerPhrase = d.relation().equals("nmod:of") || d.relation().equals("nmod:for");
                if (ownerPhrase && cur[0] != head) continue; // "the idea of the expansion of NATO"

                seen.set(d.dependent());
                todo.add(new int[] {d.dependent(), cur[1] + 1});
            }
        }
        return seen;
    }

    /**
     * "the Saudi-led coalition": the word before "-led" leads the noun, so it names its participant. A backer
     * ("Turkish-backed mercenaries") does not: the mercenaries are not Turkey.
     */
    private static boolean hyphenedLeader(Sentence s, Dependency d) {
        int participle = d.governor();
        int leader = d.dependent();
        return leader + 2 == participle && s.token(leader + 1).word().equals("-")
                && s.token(participle).word().equalsIgnoreCase("led");
    }

    static List<Integer> dependents(Sentence s, int token, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.outgoing(token)) {
            if (d.relation().equals(relation)) out.add(d.dependent());
        }
        return out;
    }


}
