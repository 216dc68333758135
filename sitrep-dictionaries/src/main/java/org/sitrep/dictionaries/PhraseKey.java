package org.sitrep.dictionaries;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a phrase or a token to the words dictionary matching compares: lower case, no diacritics,
 * hyphens, dashes and underscores as spaces, no periods or apostrophes.
 * Both sides of every match go through here, so "Al-Kadhimi", "AL_KADHIMI" and "al Kadhimi" meet.
 */
public final class PhraseKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-\u2010-\u2015\u2212/]+");
    private static final Pattern DROPPED = Pattern.compile("[.'\u2018\u2019`\"\u201c\u201d,]");

    private PhraseKey() {
    }

    /** The folded words of a phrase; empty for punctuation only. */
    public static List<String> words(String phrase) {
        String folded = fold(phrase);
        List<String> out = new ArrayList<>();
        for (String w : SEPARATORS.split(folded)) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    /** The folded form of one token, or "" when it carries no word (a dash, a quote). */
    public static String token(String token) {
        return String.join(" ", words(token));
    }

    private static String fold(String s) {
        String noMarks = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return DROPPED.matcher(noMarks.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
