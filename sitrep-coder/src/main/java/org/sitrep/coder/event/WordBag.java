package org.sitrep.coder.event;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.dictionaries.PhraseKey;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * The words of a set of tokens as patterns compare them: surface, lemma and a naive singular.
 * Dictionary patterns are written in surface forms, so matching on one form alone misses plurals.
 */
final class WordBag {
    private final Set<String> words = new HashSet<>();
    private final Set<String> heads = new HashSet<>();
    /** The forms of each token by sentence position, for phrases whose words must stand together. */
    private final Map<Integer, Set<String>> byToken = new HashMap<>();

    static WordBag of(Sentence s, BitSet tokens, BitSet headTokens) {
        WordBag bag = new WordBag();
        for (int t = tokens.nextSetBit(0); t >= 0; t = tokens.nextSetBit(t + 1)) {
            if (headTokens.get(t)) bag.addHead(s.token(t));
            else bag.add(s.token(t));
            Set<String> forms = new HashSet<>();
            add(s.token(t), forms);
            bag.byToken.put(t, forms);
        }
        return bag;
    }

    /**
     * Whether the words stand next to each other in this order ("real pleasant", not "real easy or pleasant"):
     * TABARI joins a pattern's words with "_" to require that.
     */
    boolean containsInSequence(List<String> phrase) {
        for (Map.Entry<Integer, Set<String>> start : byToken.entrySet()) {
            int k = 0;
            for (; k < phrase.size(); k++) {
                Set<String> forms = byToken.get(start.getKey() + k);
                if (forms == null || !forms.contains(phrase.get(k))) break;
            }
            if (k == phrase.size()) return true;
        }
        return false;
    }

    void add(Token t) {
        add(t, words);
    }

    /** Marks a phrase head ("attack" in "a drone attack"): a pattern naming the head is more specific. */
    void addHead(Token t) {
        add(t, words);
        add(t, heads);
    }

    private static void add(Token t, Set<String> into) {
        for (String form : new String[] {t.word(), t.lemma()}) {
            for (String w : PhraseKey.words(form)) {
                into.add(w);
                if (w.length() > 3 && w.endsWith("s")) into.add(w.substring(0, w.length() - 1));
            }
        }
    }

    boolean isHead(String word) {
        return heads.contains(word);
    }

    boolean contains(String word) {
        return words.contains(word);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }
}
