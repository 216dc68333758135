package org.sitrep.places;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds a place name to the words and the key gazetteer lookups compare: lower case, no diacritics,
 * apostrophes, ayns and periods dropped, hyphens and spaces as word breaks, and the key without spaces.
 * Spelling varies most in exactly these ways, so "Al Bukamal", "Albu Kamal" and "Ālbū Kamāl" share the key
 * "albukamal", and "Qa'im", "Qā’im" and "Qaim" share "qaim".
 */
final class NameKey {
    private NameKey() {
    }

    /** The lookup key: the folded words run together; "" when the text has no letter or digit. */
    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        fold(text, out, null);
        return out.toString();
    }

    /** The folded words, in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        fold(text, new StringBuilder(), words);
        return words;
    }

    /** The text without diacritics, case kept ("Ālbū Kamāl" becomes "Albu Kamal"). */
    static String ascii(String text) {
        if (isAscii(text)) return text;
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (isMark(c)) continue;
            String special = special(Character.toLowerCase(c));
            if (special == null) {
                out.append(c);
            } else {
                out.append(Character.isUpperCase(c) ? Character.toUpperCase(special.charAt(0)) + special.substring(1) : special);
            }
        }
        return out.toString();
    }

    /**
     * Appends the folded letters to {@code key}; when {@code words} is not null, also collects each word.
     */
    private static void fold(String text, StringBuilder key, List<String> words) {
        String s = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        int wordStart = key.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    key.append(c);
                } else if (c >= 'A' && c <= 'Z') {
                    key.append((char) (c + ('a' - 'A')));
                } else if (c == '\'' || c == '.' || c == '`') {
                    continue;
                } else {
                    wordStart = endWord(key, wordStart, words);
                }
                continue;
            }
            if (isMark(c) || isSilent(c)) continue;
            char lower = Character.toLowerCase(c);
            String special = special(lower);
            if (special != null) {
                key.append(special);
            } else if (Character.isLetterOrDigit(lower)) {
                key.append(lower);
            } else {
                wordStart = endWord(key, wordStart, words);
            }
        }
        endWord(key, wordStart, words);
    }

    private static int endWord(StringBuilder key, int wordStart, List<String> words) {
        if (words != null && key.length() > wordStart) words.add(key.substring(wordStart));
        return key.length();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) return false;
        }
        return true;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
            || type == Character.ENCLOSING_MARK;
    }

    /** Apostrophe-like characters and modifier letters (ʿ ʾ ʻ ʼ) that transliterations use for ayn and hamza. */
    private static boolean isSilent(char c) {
        return c == '\u2018' || c == '\u2019' || c == '\u00b4' || c == '\u02b9'
            || Character.getType(c) == Character.MODIFIER_LETTER;
    }

    /** Letters that Unicode decomposition leaves alone but an English writer spells plainly. */
    private static String special(char lower) {
        return switch (lower) {
            case 'ß' -> "ss";
            case 'ø' -> "o";
            case 'đ', 'ð' -> "d";
            case 'ł' -> "l";
            case 'ı' -> "i";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            case 'ħ' -> "h";
            case 'ŧ' -> "t";
            default -> null;
        };
    }
}
