package org.sitrep.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the rest of an article says about where it is: the country and admin-1 region of every place
 * mention the resolver is sure of, plus countries the caller knows from elsewhere (actors, datelines).
 * Each count leaves out the mentions of the name being ranked, so a name never votes for itself.
 */
final class ArticleContext {
    private record Evidence(String nameKey, String country, String admin1Key) {
    }

    private final List<Evidence> evidence = new ArrayList<>();

    static ArticleContext empty() {
        return new ArticleContext();
    }

    void add(String nameKey, String country, String admin1Key) {
        if (country != null) evidence.add(new Evidence(nameKey, country, admin1Key));
    }

    /** Mentions of places in this country, other than those of {@code nameKey}. */
    int country(String iso2, String nameKey) {
        int n = 0;
        for (Evidence e : evidence) {
            if (e.country.equals(iso2) && !Objects.equals(e.nameKey, nameKey)) n++;
        }
        return n;
    }

    /** Mentions of places inside this admin-1 region ("IQ.11"), other than those of {@code nameKey}. */
    int admin1(String admin1Key, String nameKey) {
        if (admin1Key == null) return 0;
        int n = 0;
        for (Evidence e : evidence) {
            if (admin1Key.equals(e.admin1Key) && !Objects.equals(e.nameKey, nameKey)) n++;
        }
        return n;
    }
}
