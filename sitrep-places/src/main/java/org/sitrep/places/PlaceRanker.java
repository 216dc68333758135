package org.sitrep.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores the candidates of one mention: kind and feature first (a country outranks a town of the same
 * name), then population, how the name matched, the wording's cue, and what the rest of the article
 * says. Each part of a score is kept as words, so the winner's reason can be shown to a user.
 */
final class PlaceRanker {
    static final int COUNTRY = 100;
    static final int REGION = 85;
    static final int ADMIN1 = 45;
    static final double POPULATION_WEIGHT = 6;
    static final int ADMIN1_CUE = 45;
    static final int CITY_CUE = 30;
    static final int NEIGHBOUR = 10;
    static final int SAME_ADMIN1 = 40;

    /** A scored candidate. */
    record Scored(NameMatch match, double score) {
        GazetteerEntry entry() {
            return match.entry();
        }
    }

    private static final List<PlaceKind> KIND_ORDER =
        List.of(PlaceKind.COUNTRY, PlaceKind.REGION, PlaceKind.ADMIN1, PlaceKind.CITY);
    static final Comparator<Scored> BEST_FIRST = Comparator
        .comparingDouble((Scored s) -> -s.score)
        .thenComparingInt(s -> KIND_ORDER.indexOf(s.entry().kind()))
        .thenComparingLong(s -> -s.entry().population())
        .thenComparingInt(s -> s.match().index());

    private final Gazetteer gazetteer;

    PlaceRanker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** All candidates, best first. */
    List<Scored> rank(List<NameMatch> matches, MentionText reading, ArticleContext context, String nameKey) {
        List<Scored> scored = new ArrayList<>(matches.size());
        for (NameMatch m : matches) scored.add(new Scored(m, evaluate(m, reading, context, nameKey, null)));
        scored.sort(BEST_FIRST);
        return scored;
    }

    /** The facts behind a candidate's score, in reading order. */
    List<String> explain(NameMatch match, MentionText reading, ArticleContext context, String nameKey) {
        List<String> why = new ArrayList<>(5);
        evaluate(match, reading, context, nameKey, why);
        return why;
    }

    /** The score; when {@code why} is not null, also the facts behind it as words. */
    private double evaluate(NameMatch match, MentionText reading, ArticleContext context, String nameKey,
                            List<String> why) {
        GazetteerEntry e = match.entry();
        double score = base(e);
        if (why != null) why.add(describe(e));
        score += switch (match.how()) {
            case NAME -> 5;
            case ALTERNATE -> 0;
            case WITHOUT_ARTICLE, DEMONYM -> -5;
        };
        if (why != null && match.how() != MatchType.NAME) why.add("matched its " + match.how().words());
        if (reading.hint() != null && reading.hint() == e.kind()) {
            score += e.kind() == PlaceKind.ADMIN1 ? ADMIN1_CUE : CITY_CUE;
            if (why != null) why.add("the text says \"" + reading.cue() + "\"");
        }
        return score + contextScore(e, context, nameKey, why);
    }

    private double contextScore(GazetteerEntry e, ArticleContext context, String nameKey, List<String> why) {
        double score = 0;
        if (e.country() != null) {
            int n = context.country(e.country(), nameKey);
            if (n > 0) {
                score += 15 + 10 * Math.min(n, 3);
                if (why != null) why.add(n + " other " + (n == 1 ? "mention" : "mentions") + " in " + e.country());
            } else if (e.kind() != PlaceKind.REGION) {
                for (String neighbour : gazetteer.neighbours(e.country())) {
                    if (context.country(neighbour, nameKey) > 0) {
                        score += NEIGHBOUR;
                        if (why != null) why.add("neighbour " + neighbour + " has mentions");
                        break;
                    }
                }
            }
        } else if (e.kind() == PlaceKind.REGION) {
            int members = 0;
            for (String member : gazetteer.regionMembers(e)) {
                if (context.country(member, nameKey) > 0) members++;
            }
            if (members > 0) {
                score += NEIGHBOUR;
                if (why != null) {
                    why.add(members + " member " + (members == 1 ? "country has" : "countries have") + " mentions");
                }
            }
        }
        if (e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.ADMIN1) {
            String admin1Key = e.admin1Code() == null ? null : e.country() + "." + e.admin1Code();
            int m = context.admin1(admin1Key, nameKey);
            if (m > 0) {
                score += SAME_ADMIN1;
                if (why != null) why.add(m + " other " + (m == 1 ? "mention" : "mentions") + " in admin-1 " + admin1Key);
            }
        }
        return score;
    }

    static double base(GazetteerEntry e) {
        return switch (e.kind()) {
            case COUNTRY -> COUNTRY;
            case REGION -> REGION;
            case ADMIN1 -> ADMIN1;
            case CITY -> featureBase(e.featureCode()) + POPULATION_WEIGHT * Math.log10(e.population() + 1.0);
        };
    }

    private static int featureBase(String code) {
        return switch (code) {
            case "PPLC" -> 40;
            case "PPLA", "PPLG" -> 25;
            case "PPLA2" -> 15;
            case "PPLX" -> 5;
            case "PPLH", "PPLQ", "PPLW", "PPLCH" -> 0;
            default -> 10;
        };
    }

    static String describe(GazetteerEntry e) {
        return switch (e.kind()) {
            case COUNTRY -> "country";
            case REGION -> "named region";
            case ADMIN1 -> "admin-1 region" + population(e);
            case CITY -> "populated place (" + e.featureCode() + ")" + population(e);
        };
    }

    /** "Erbil, IQ admin-1 region" — enough to tell candidates apart in a reason. */
    static String label(GazetteerEntry e) {
        String where = e.country() == null ? "" : ", " + e.country();
        String what = switch (e.kind()) {
            case COUNTRY -> " country";
            case REGION -> " region";
            case ADMIN1 -> " admin-1";
            case CITY -> " " + e.featureCode();
        };
        return e.name() + where + what;
    }

    private static String population(GazetteerEntry e) {
        return e.population() > 0 ? ", pop " + grouped(e.population()) : "";
    }

    /** 1612700 as "1,612,700". */
    static String grouped(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(n < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) out.append(',');
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
