package org.sitrep.dictionaries.petrarch;

import java.util.Set;

/**
 * The regular English plural of a phrase's last word, as PETRARCH generates for agents it lists in the singular.
 * Rules: sibilant endings (s, x, z, ch, sh) add "es", consonant + y becomes "ies", "-man" becomes "-men",
 * "person" becomes "people", "child" becomes "children", anything else adds "s".
 */
final class EnglishPlural {
    private static final Set<String> NOT_MAN = Set.of("human", "german", "roman", "shaman", "ottoman", "caiman", "talisman");

    private EnglishPlural() {
    }

    static String of(String phrase) {
        int space = phrase.lastIndexOf(' ');
        String head = phrase.substring(0, space + 1);
        return head + word(phrase.substring(space + 1));
    }

    private static String word(String w) {
        if (w.isEmpty()) return w;
        if (w.endsWith("person")) return w.substring(0, w.length() - "person".length()) + "people";
        if (w.endsWith("child")) return w + "ren";
        if (w.endsWith("man") && !NOT_MAN.contains(w)) return w.substring(0, w.length() - 3) + "men";
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) return w + "es";
        if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        return w + "s";
    }
}
