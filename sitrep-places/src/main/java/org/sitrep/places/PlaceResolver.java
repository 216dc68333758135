package org.sitrep.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Resolves all place mentions of one article to gazetteer entries, each with its precision and the reason
 * for the choice. Names are ambiguous ("Jordan", "Tripoli", "Georgia"), so it ranks every candidate twice:
 * once on its own, then again with the countries and admin-1 regions the article's clear mentions point
 * at (see docs/places.md for the rules).
 */
public final class PlaceResolver {
    /** Candidates closer than this to the best are rivals; a mention is clear only if they agree on the country. */
    static final double CLEAR_MARGIN = 15;

    private final Gazetteer gazetteer;
    private final PlaceRanker ranker;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.ranker = new PlaceRanker(gazetteer);
    }

    /** A resolver over the bundled gazetteer. */
    public PlaceResolver() {
        this(Gazetteer.bundled());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Resolves the place mentions of one article, in the given order. */
    public List<ResolvedPlace> resolve(List<PlaceQuery> mentions) {
        return resolve(mentions, List.of());
    }

    /**
     * Resolves the place mentions of one article; {@code contextCountries} are ISO-2 codes the caller
     * knows the article is about (from actors or a dateline), each occurrence counting as one mention.
     */
    public List<ResolvedPlace> resolve(List<PlaceQuery> mentions, List<String> contextCountries) {
        Map<String, Lookup> lookups = new HashMap<>();
        List<Lookup> perMention = new ArrayList<>(mentions.size());
        for (PlaceQuery q : mentions) perMention.add(lookups.computeIfAbsent(q.text(), this::lookup));

        ArticleContext none = ArticleContext.empty();
        ArticleContext context = ArticleContext.empty();
        for (String iso2 : contextCountries) context.add(null, iso2.toUpperCase(Locale.ROOT), null);
        Map<Lookup, List<PlaceRanker.Scored>> alone = new IdentityHashMap<>();
        for (Lookup l : perMention) {
            if (l.compound.size() > 1) {
                for (GazetteerEntry e : l.compound) context.add(l.nameKey, e.country(), null);
                continue;
            }
            List<PlaceRanker.Scored> ranked = alone.computeIfAbsent(l, k -> ranker.rank(k.matches, k.reading, none, k.nameKey));
            addClearChoice(ranked, l.nameKey, context);
        }

        List<ResolvedPlace> out = new ArrayList<>(mentions.size());
        Map<Lookup, ResolvedPlace> decided = new IdentityHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Lookup l = perMention.get(i);
            ResolvedPlace template = decided.computeIfAbsent(l, k -> decide(k, context));
            out.add(new ResolvedPlace(mentions.get(i), template.entry(), template.precision(), template.reason()));
        }
        return out;
    }

    private ResolvedPlace decide(Lookup l, ArticleContext context) {
        if (l.matches.isEmpty()) {
            return new ResolvedPlace(null, null, null, "no gazetteer entry for \"" + l.text + "\"");
        }
        List<PlaceRanker.Scored> ranked = ranker.rank(l.matches, l.reading, context, l.nameKey);
        PlaceRanker.Scored best = ranked.get(0);
        StringBuilder reason = new StringBuilder(String.join("; ", ranker.explain(best.match(), l.reading, context, l.nameKey)));
        if (l.note != null) reason.append("; ").append(l.note);
        if (ranked.size() == 1) {
            reason.append("; only candidate");
        } else {
            PlaceRanker.Scored next = ranked.get(1);
            int others = ranked.size() - 1;
            reason.append("; beat ").append(others).append(others == 1 ? " other candidate" : " other candidates")
                .append(" (next: ").append(PlaceRanker.label(next.entry())).append(", ")
                .append(Math.round(next.score())).append(" vs ").append(Math.round(best.score())).append(')');
        }
        return new ResolvedPlace(null, best.entry(), best.entry().kind().precision(), reason.toString());
    }

    /**
     * Adds the best candidate's country to the context when every close rival lies in that country, and its
     * admin-1 region when they all lie in that too.
     */
    private static void addClearChoice(List<PlaceRanker.Scored> ranked, String nameKey, ArticleContext context) {
        if (ranked.isEmpty() || ranked.get(0).entry().country() == null) return;
        GazetteerEntry best = ranked.get(0).entry();
        String admin1 = admin1Key(best);
        double floor = ranked.get(0).score() - CLEAR_MARGIN;
        for (PlaceRanker.Scored s : ranked.subList(1, ranked.size())) {
            if (s.score() < floor) break;
            if (!best.country().equals(s.entry().country())) return;
            if (!Objects.equals(admin1, admin1Key(s.entry()))) admin1 = null;
        }
        context.add(nameKey, best.country(), admin1);
    }

    private static String admin1Key(GazetteerEntry e) {
        return e.admin1Code() == null ? null : e.country() + "." + e.admin1Code();
    }

    /** The candidates of a mention's text: by name under each reading, then by demonym, then as a compound. */
    private Lookup lookup(String text) {
        List<MentionText> readings = MentionText.readings(text);
        for (MentionText reading : readings) {
            List<NameMatch> matches = new ArrayList<>(gazetteer.matches(reading.name()));
            for (NameMatch d : gazetteer.demonymMatches(reading.name())) {
                if (matches.stream().noneMatch(m -> m.index() == d.index())) matches.add(d);
            }
            if (!matches.isEmpty()) return new Lookup(text, reading, NameKey.of(reading.name()), matches, null, List.of());
        }
        MentionText reading = readings.get(readings.size() - 1);
        List<GazetteerEntry> countries = gazetteer.countriesIn(reading.name());
        if (!countries.isEmpty()) {
            String note = countries.size() == 1 ? null : "\"" + text + "\" names "
                + countries.stream().map(GazetteerEntry::country).collect(Collectors.joining(", ")) + ": kept the first";
            return new Lookup(text, reading, NameKey.of(reading.name()),
                List.of(new NameMatch(-1, countries.get(0), MatchType.DEMONYM)), note, countries);
        }
        return new Lookup(text, reading, NameKey.of(reading.name()), List.of(), null, List.of());
    }

    /** The candidates found for one distinct mention text; {@code compound} lists the countries of "Syrian-Iraqi". */
    private record Lookup(String text, MentionText reading, String nameKey, List<NameMatch> matches, String note,
                          List<GazetteerEntry> compound) {
    }
}
