package org.sitrep.coder.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over folded words that finds the longest dictionary phrase starting at a word.
 * Dictionaries hold tens of thousands of phrases; a trie makes matching linear in sentence length.
 */
final class PhraseTrie<T> {
    private final Node<T> root = new Node<>();

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        final List<T> values = new ArrayList<>(1);
    }

    void add(List<String> words, T value) {
        if (words.isEmpty()) return;
        Node<T> n = root;
        for (String w : words) n = n.next.computeIfAbsent(w, k -> new Node<>());
        n.values.add(value);
    }

    boolean contains(List<String> words) {
        Node<T> n = root;
        for (String w : words) {
            n = n.next.get(w);
            if (n == null) return false;
        }
        return !n.values.isEmpty();
    }

    /** A match of words [start, start+length) with the values stored for that phrase. */
    record Match<T>(int start, int length, List<T> values) {
    }

    /** The longest phrase beginning at words[start], or null. */
    Match<T> longestAt(List<String> words, int start) {
        Node<T> n = root;
        Match<T> best = null;
        for (int i = start; i < words.size(); i++) {
            n = n.next.get(words.get(i));
            if (n == null) break;
            if (!n.values.isEmpty()) best = new Match<>(start, i - start + 1, n.values);
        }
        return best;
    }
}
