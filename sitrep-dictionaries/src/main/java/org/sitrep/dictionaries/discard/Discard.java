package org.sitrep.dictionaries.discard;

import java.util.List;

/**
 * One discard phrase: folded words (PhraseKey), whether its last word may run on ("typhoon" in "typhoons"),
 * and whether it drops only its sentence or the whole story. Origin is file:line, for traces.
 * Discards keep sports, weather and culture stories from being coded as political events.
 */
public record Discard(List<String> words, boolean stem, Scope scope, String origin) {
    /** What a match drops. */
    public enum Scope { SENTENCE, STORY }

    public Discard {
        if (words.isEmpty()) throw new IllegalArgumentException("a discard phrase needs a word");
        words = List.copyOf(words);
    }

    public String phrase() {
        return String.join(" ", words) + (stem ? "*" : "");
    }

    /** Whether the phrase starts at word i of the given folded words. */
    boolean matchesAt(List<String> text, int i) {
        if (i + words.size() > text.size()) return false;
        int last = words.size() - 1;
        for (int k = 0; k < last; k++) {
            if (!words.get(k).equals(text.get(i + k))) return false;
        }
        String w = text.get(i + last);
        return stem ? w.startsWith(words.get(last)) : w.equals(words.get(last));
    }
}
