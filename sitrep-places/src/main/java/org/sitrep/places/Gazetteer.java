package org.sitrep.places;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sitrep's offline gazetteer: countries, admin-1 regions, populated places (GeoNames) and named regions,
 * looked up by folded name, ISO code, demonym or GeoNames id. It is built from files in gazetteer/
 * (bundled in the jar), so resolving places never needs a network or a search server.
 */
public final class Gazetteer {
    private static final String BUNDLED = "org/sitrep/places/data/";
    private static final List<PlaceKind> KIND_ORDER =
        List.of(PlaceKind.COUNTRY, PlaceKind.REGION, PlaceKind.ADMIN1, PlaceKind.CITY);
    private static final Comparator<NameMatch> ORDER = Comparator
        .comparingInt((NameMatch m) -> KIND_ORDER.indexOf(m.entry().kind()))
        .thenComparingLong(m -> -m.entry().population())
        .thenComparingInt(NameMatch::index);

    private final EntryTable table;
    private final NameIndex names;
    private final Map<String, Integer> countries;
    private final Map<String, Integer> countryDemonyms;
    private final Map<String, Integer> regionDemonyms;
    private final Map<String, List<String>> neighbours;
    private final Map<String, List<String>> regionMembers;
    private final long[] byId;

    Gazetteer(EntryTable table, NameIndex names, Map<String, Integer> countries,
              Map<String, Integer> countryDemonyms, Map<String, Integer> regionDemonyms,
              Map<String, List<String>> neighbours, Map<String, List<String>> regionMembers, long[] byId) {
        this.table = table;
        this.names = names;
        this.countries = countries;
        this.countryDemonyms = countryDemonyms;
        this.regionDemonyms = regionDemonyms;
        this.neighbours = neighbours;
        this.regionMembers = regionMembers;
        this.byId = byId;
    }

    /** The gazetteer bundled in the jar, loaded on first use and then shared by the whole JVM. */
    public static Gazetteer bundled() {
        return Bundled.INSTANCE;
    }

    /** Loads the gazetteer files of a folder (a checkout's gazetteer/). */
    public static Gazetteer load(Path dir) {
        return GazetteerReader.read(file -> Files.newInputStream(dir.resolve(file)));
    }

    /**
     * Entries named {@code name}, by name or alternate name, folded (case, diacritics, hyphens, spaces,
     * apostrophes); a leading "the" and a trailing "'s" are optional, and a leading Arabic article is
     * dropped when nothing matches with it. Countries first, then regions, admin-1 regions and places,
     * each by population.
     */
    public List<GazetteerEntry> candidates(String name) {
        return matches(name).stream().map(NameMatch::entry).toList();
    }

    /** The country with this ISO 3166-1 alpha-2 or alpha-3 code (any case), e.g. "IQ" or "IRQ". */
    public Optional<GazetteerEntry> country(String iso2) {
        Integer e = countries.get(iso2.toUpperCase(Locale.ROOT));
        return e == null ? Optional.empty() : Optional.of(table.entry(e));
    }

    /** The country of a demonym: "Syrian", "Iraqi", "Americans" (a plural s is allowed). */
    public Optional<GazetteerEntry> countryByDemonym(String demonym) {
        Integer e = demonym(countryDemonyms, NameKey.of(stripPossessive(demonym.trim())));
        return e == null ? Optional.empty() : Optional.of(table.entry(e));
    }

    /**
     * The countries a short phrase names or implies, in order and once each: "Syrian-Iraqi" gives Syria and
     * Iraq, "US-led" the United States, "Iran-Iraq war" Iran and Iraq. Meant for mention-sized text; a
     * two-letter code counts only in capitals ("US", not "us").
     */
    public List<GazetteerEntry> countriesIn(String text) {
        String[] raw = text.trim().split("[\\s\\-\u2010-\u2015/]+");
        String[] keys = new String[raw.length];
        for (int i = 0; i < raw.length; i++) keys[i] = NameKey.of(stripPossessive(raw[i]));
        Map<Integer, GazetteerEntry> found = new LinkedHashMap<>();
        for (int i = 0; i < raw.length; ) {
            int matched = 0;
            for (int len = Math.min(5, raw.length - i); len >= 1 && matched == 0; len--) {
                StringBuilder key = new StringBuilder();
                for (int j = i; j < i + len; j++) key.append(keys[j]);
                if (key.length() == 0 || (len == 1 && key.length() <= 2 && !isCapitals(raw[i]))) continue;
                Integer country = countryNamed(key.toString());
                if (country == null) country = demonym(countryDemonyms, key.toString());
                if (country != null) {
                    found.putIfAbsent(country, table.entry(country));
                    matched = len;
                }
            }
            i += Math.max(matched, 1);
        }
        return List.copyOf(found.values());
    }

    /** The admin-1 region with this code inside a country: ("IQ", "11") is Erbil governorate. */
    public Optional<GazetteerEntry> admin1(String iso2, String admin1Code) {
        int e = table.admin1Entry(iso2.toUpperCase(Locale.ROOT) + "." + admin1Code);
        return e < 0 ? Optional.empty() : Optional.of(table.entry(e));
    }

    /** The country or populated place with this GeoNames id. */
    public Optional<GazetteerEntry> byGeonamesId(long id) {
        int lo = 0;
        int hi = byId.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long midId = byId[mid] >>> 32;
            if (midId < id) lo = mid + 1;
            else if (midId > id) hi = mid - 1;
            else return Optional.of(table.entry((int) byId[mid]));
        }
        return Optional.empty();
    }

    /** The ISO-2 codes of a named region's member countries; empty for other entries. */
    public List<String> regionMembers(GazetteerEntry region) {
        return region.kind() == PlaceKind.REGION ? regionMembers.getOrDefault(region.name(), List.of()) : List.of();
    }

    /** The ISO-2 codes of the countries sharing a land border with this one. */
    public List<String> neighbours(String iso2) {
        return neighbours.getOrDefault(iso2.toUpperCase(Locale.ROOT), List.of());
    }

    /** How many entries the gazetteer holds, of all kinds. */
    public int size() {
        return table.size();
    }

    /** How many distinct folded names it indexes. */
    public int nameCount() {
        return names.keys();
    }

    /** Entry number {@code i}, 0 &lt;= i &lt; {@link #size()}. */
    GazetteerEntry entry(int i) {
        return table.entry(i);
    }

    /** Entries for a name with how each matched, ordered as {@link #candidates(String)}. */
    List<NameMatch> matches(String name) {
        List<String> words = NameKey.words(stripPossessive(name.trim()));
        if (words.isEmpty()) return List.of();
        Map<Integer, MatchType> found = new LinkedHashMap<>();
        collect(String.join("", words), found);
        if (words.size() > 1 && words.get(0).equals("the")) collect(String.join("", words.subList(1, words.size())), found);
        if (found.isEmpty() && words.size() > 1 && EntryKeys.articleEnd(words.get(0) + " ") > 0) {
            for (int posting : names.find(String.join("", words.subList(1, words.size())))) {
                found.putIfAbsent(posting >>> 2, MatchType.WITHOUT_ARTICLE);
            }
        }
        List<NameMatch> out = new ArrayList<>(found.size());
        found.forEach((e, how) -> out.add(new NameMatch(e, table.entry(e), how)));
        out.sort(ORDER);
        return out;
    }

    /** The entry whose demonym this is: the country's, else a named region's ("Kurdish"); empty if none. */
    List<NameMatch> demonymMatches(String text) {
        String key = NameKey.of(stripPossessive(text.trim()));
        Integer e = demonym(countryDemonyms, key);
        if (e == null) e = demonym(regionDemonyms, key);
        return e == null ? List.of() : List.of(new NameMatch(e, table.entry(e), MatchType.DEMONYM));
    }

    private void collect(String key, Map<Integer, MatchType> found) {
        for (int posting : names.find(key)) {
            MatchType how = MatchType.values()[posting & 3];
            found.merge(posting >>> 2, how, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
    }

    private Integer countryNamed(String key) {
        for (int posting : names.find(key)) {
            int e = posting >>> 2;
            if (table.kind(e) == PlaceKind.COUNTRY && (posting & 3) != MatchType.WITHOUT_ARTICLE.ordinal()) return e;
        }
        return null;
    }

    private static Integer demonym(Map<String, Integer> demonyms, String key) {
        if (key.isEmpty()) return null;
        Integer e = demonyms.get(key);
        if (e == null && key.length() > 3 && key.endsWith("s")) e = demonyms.get(key.substring(0, key.length() - 1));
        return e;
    }

    private static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("\u2019s")) return s.substring(0, s.length() - 2);
        if (s.endsWith("'") || s.endsWith("\u2019")) return s.substring(0, s.length() - 1);
        return s;
    }

    private static boolean isCapitals(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) return false;
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static final class Bundled {
        static final Gazetteer INSTANCE = GazetteerReader.read(Gazetteer::openBundled);
    }

    private static InputStream openBundled(String file) throws IOException {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(BUNDLED + file);
        if (in == null) throw new IOException("no bundled " + BUNDLED + file + " on the classpath");
        return in;
    }

    @Override
    public String toString() {
        return "Gazetteer[" + table.size() + " entries, " + names.keys() + " names]";
    }
}
