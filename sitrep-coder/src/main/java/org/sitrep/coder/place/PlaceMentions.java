package org.sitrep.coder.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.Sentence;
import org.sitrep.places.PlaceQuery;

/**
 * Finds an article's place mentions: the named entities CoreNLP tags as locations, and hyphenated
 * country adjectives ("the Syrian-Iraqi border"), widened by the words that say what kind of place it is
 * ("the province of Erbil", "the Al Bukamal area").
 * The gazetteer ranks better when it knows a province from a city.
 */
public final class PlaceMentions {
    private static final Set<String> LOCATION_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private static final Set<String> KIND_BEFORE = Set.of("province", "governorate", "city", "region", "town",
            "village", "district", "state", "county");
    private static final Set<String> KIND_AFTER = Set.of("province", "governorate", "area", "region", "district",
            "city", "state", "county");

    /** A mention's tokens and the query the resolver gets. */
    public record Found(int sentence, int firstToken, int lastToken, PlaceQuery query) {
    }

    public List<Found> find(AnnotatedText doc) {
        List<Found> out = new ArrayList<>();
        for (EntityMention e : doc.entities()) {
            boolean location = LOCATION_TYPES.contains(e.type());
            boolean countryPair = "MISC".equals(e.type()) && e.text().contains("-");
            if (!location && !countryPair) continue;
            Sentence s = doc.sentences().get(e.sentence());
            int first = e.firstToken();
            int last = e.lastToken();
            if (first >= 2 && s.token(first - 1).word().equalsIgnoreCase("of")
                    && KIND_BEFORE.contains(s.token(first - 2).word().toLowerCase(Locale.ROOT))) {
                first -= 2;
            } else if (last + 1 < s.tokens().size()
                    && KIND_AFTER.contains(s.token(last + 1).word().toLowerCase(Locale.ROOT))) {
                last += 1;
            }
            out.add(new Found(e.sentence(), first, last,
                    new PlaceQuery(e.sentence(), s.spanOf(first, last), s.textOf(doc.text(), first, last))));
        }
        return out;
    }
}
