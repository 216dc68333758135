package org.sitrep.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The distinct lookup keys of one entry's names, each with how it matches: its names, its alternate names,
 * and names without a leading Arabic article ("Qaim" for "Al Qa'im"). Computing them is most of the work
 * of loading, so it is kept free of shared state and can run beside the indexing.
 */
record EntryKeys(String[] keys, MatchType[] how) {
    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an",
        "ed", "er", "es", "et", "ez");

    static EntryKeys of(List<String> primary, List<String> alternates) {
        List<String> keys = new ArrayList<>(primary.size() + alternates.size() + 2);
        List<MatchType> how = new ArrayList<>(keys.size());
        for (String name : primary) add(name, MatchType.NAME, keys, how);
        for (String name : alternates) add(name, MatchType.ALTERNATE, keys, how);
        return new EntryKeys(keys.toArray(new String[0]), how.toArray(new MatchType[0]));
    }

    private static void add(String name, MatchType type, List<String> keys, List<MatchType> how) {
        addKey(NameKey.of(name), type, keys, how);
        int sep = articleEnd(name);
        if (sep > 0) {
            String rest = NameKey.of(name.substring(sep + 1));
            if (rest.length() >= 3) addKey(rest, MatchType.WITHOUT_ARTICLE, keys, how);
        }
    }

    private static void addKey(String key, MatchType type, List<String> keys, List<MatchType> how) {
        if (key.isEmpty() || keys.contains(key)) return;
        keys.add(key);
        how.add(type);
    }

    /** Where a leading Arabic article ("Al ", "Ar-", "El ") ends, or -1. */
    static int articleEnd(String name) {
        int limit = Math.min(name.length(), 4);
        for (int i = 2; i < limit; i++) {
            char c = name.charAt(i);
            if (c == ' ' || c == '-') {
                return ARTICLES.contains(name.substring(0, i).toLowerCase(Locale.ROOT)) ? i : -1;
            }
        }
        return -1;
    }
}
