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

    static WordBag of(Sentence s, BitSet tokens) {
        WordBag bag = new WordBag();
        for (int t = tokens.nextSetBit(0); t >= 0; t = tokens.nextSetBit(t + 1)) bag.add(s.token(t));
        return bag;
    }

    void add(Token t) {
        for (String form : new String[] {t.word(), t.lemma()}) {
            for (String w : PhraseKey.words(form)) {
                words.add(w);
                if (w.length() > 3 && w.endsWith("s")) words.add(w.substring(0, w.length() - 1));
            }
        }
    }

    boolean contains(String word) {
        return words.contains(word);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }
}
