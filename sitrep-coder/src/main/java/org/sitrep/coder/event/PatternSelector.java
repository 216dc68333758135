package org.sitrep.coder.event;

import java.util.List;
import java.util.Map;
import org.sitrep.dictionaries.PhraseKey;
import org.sitrep.dictionaries.verb.PrepPhrase;
import org.sitrep.dictionaries.verb.Synset;
import org.sitrep.dictionaries.verb.Term;
import org.sitrep.dictionaries.verb.VerbPattern;

/**
 * Picks the most specific pattern of a verb block whose every term is found around the verb.
 * A pattern that matches overrides the verb's default code, including with "no event" ([---]).
 */
final class PatternSelector {
    private final Map<String, Synset> synsets;

    PatternSelector(Map<String, Synset> synsets) {
        this.synsets = synsets;
    }

    /** What the words around a trigger offer to patterns. */
    record Context(WordBag before, WordBag after, Map<String, WordBag> prepositions, boolean compoundBefore,
                   boolean compoundAfter) {
    }

    /**
     * A block's patterns judged once: the most specific one that matches (null for none) with its score, and
     * the block's catch-all, a pattern without terms ("* => 042:043") that applies only when none matches.
     */
    record Choice(VerbPattern best, int score, VerbPattern catchAll) {
    }

    Choice choose(List<VerbPattern> patterns, Context context) {
        VerbPattern best = null;
        int bestScore = 0;
        VerbPattern catchAll = null;
        for (VerbPattern p : patterns) {
            if (p.before().isEmpty() && p.after().isEmpty() && p.preps().isEmpty()) {
                if (catchAll == null) catchAll = p;
                continue;
            }
            int score = score(p, context);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return new Choice(best, bestScore, catchAll);
    }

    private int score(VerbPattern p, Context c) {
        int score = 0;
        for (Term t : p.before()) {
            int s = t instanceof Term.Marker m && m.symbol().equals("%") ? (c.compoundBefore() ? 1 : -1)
                    : termScore(t, c.before());
            if (s < 0) return -1;
            score += s;
        }
        for (Term t : p.after()) {
            int s = t instanceof Term.Marker m && m.symbol().equals("%") ? (c.compoundAfter() ? 1 : -1)
                    : termScore(t, c.after());
            if (s < 0) return -1;
            score += s;
        }
        for (PrepPhrase pp : p.preps()) {
            WordBag object = c.prepositions().get(PhraseKey.token(pp.preposition()).replace(' ', '_'));
            if (object == null) return -1;
            score += 1;
            for (Term t : pp.object()) {
                int s = t instanceof Term.Marker m && m.symbol().equals("%") ? (c.compoundAfter() ? 1 : -1)
                        : termScore(t, object);
                if (s < 0) return -1;
                score += s;
            }
        }
        return score;
    }

    /** Whether a pattern names a compound actor (%) before or after the verb: its members act on each other. */
    static boolean compound(List<Term> terms) {
        return terms.stream().anyMatch(t -> t instanceof Term.Marker m && m.symbol().equals("%"));
    }

    /** One line per pattern that matched (with its score), and a count of those that did not. */
    List<String> explain(List<VerbPattern> patterns, Context context) {
        List<String> out = new java.util.ArrayList<>();
        int missed = 0;
        for (VerbPattern p : patterns) {
            boolean catchAll = p.before().isEmpty() && p.after().isEmpty() && p.preps().isEmpty();
            int score = catchAll ? 0 : score(p, context);
            if (score > 0 || catchAll) {
                out.add("pattern " + p.origin() + (catchAll ? " (catch-all)" : " matched, score " + score) + " => "
                        + (p.code() == null ? "---" : p.code()) + (p.pairedCode() == null ? "" : ":" + p.pairedCode()));
            } else {
                missed++;
            }
        }
        if (missed > 0) out.add(missed + " other pattern" + (missed == 1 ? "" : "s") + " did not match");
        return out;
    }

    /** Points for a matched term (2 when it names a phrase's head), 0 for one that does not constrain, -1 for a miss. */
    private int termScore(Term term, WordBag bag) {
        if (term instanceof Term.Word w) {
            List<String> words = PhraseKey.words(w.word());
            for (String x : words) {
                if (!bag.contains(x)) return -1;
            }
            if (words.isEmpty()) return 0;
            if (words.size() > 1 && !bag.containsInSequence(words)) return -1;
            return bag.isHead(words.get(words.size() - 1)) ? 2 : 1;
        }
        if (term instanceof Term.SynsetRef ref) {
            Synset set = synsets.get(ref.name().toUpperCase(java.util.Locale.ROOT));
            if (set == null) return -1;
            for (String phrase : set.phrases()) {
                List<String> words = PhraseKey.words(phrase);
                if (!words.isEmpty() && words.stream().allMatch(bag::contains)
                        && (words.size() == 1 || bag.containsInSequence(words))) {
                    return bag.isHead(words.get(words.size() - 1)) ? 2 : 1;
                }
            }
            return -1;
        }
        if (term instanceof Term.Joined j) {
            List<List<String>> sequences = List.of(List.of());
            for (Term part : j.parts()) {
                List<List<String>> alternatives = new java.util.ArrayList<>();
                if (part instanceof Term.Word w) {
                    alternatives.add(PhraseKey.words(w.word()));
                } else if (part instanceof Term.SynsetRef ref && synsets.get(ref.name().toUpperCase(java.util.Locale.ROOT)) != null) {
                    for (String phrase : synsets.get(ref.name().toUpperCase(java.util.Locale.ROOT)).phrases()) {
                        alternatives.add(PhraseKey.words(phrase));
                    }
                } else {
                    return -1;
                }
                List<List<String>> longer = new java.util.ArrayList<>();
                for (List<String> prefix : sequences) {
                    for (List<String> alt : alternatives) {
                        List<String> seq = new java.util.ArrayList<>(prefix);
                        seq.addAll(alt);
                        longer.add(seq);
                    }
                }
                sequences = longer;
            }
            for (List<String> seq : sequences) {
                if (!seq.isEmpty() && bag.containsInSequence(seq)) {
                    return j.parts().size() + (bag.isHead(seq.get(seq.size() - 1)) ? 1 : 0);
                }
            }
            return -1;
        }
        if (term instanceof Term.NounPhrase np) {
            int sum = 0;
            for (Term t : np.terms()) {
                int s = termScore(t, bag);
                if (s < 0) return -1;
                sum += s;
            }
            return sum;
        }
        return 0;
    }
}
