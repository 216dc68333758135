package org.sitrep.coder.event;

import java.util.BitSet;
import java.util.HashSet;
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

    static WordBag of(Sentence s, BitSet tokens, BitSet headTokens) {
        WordBag bag = new WordBag();
        for (int t = tokens.nextSetBit(0); t >= 0; t = tokens.nextSetBit(t + 1)) {
            if (headTokens.get(t)) bag.addHead(s.token(t));
            else bag.add(s.token(t));
        }
        return bag;
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
