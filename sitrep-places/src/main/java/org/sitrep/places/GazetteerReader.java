package org.sitrep.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gazetteer files (countries.tsv, admin1.tsv, regions.tsv, places.tsv.gz, aliases.tsv; formats in
 * docs/places.md) into an entry table and a name index. Generated files must carry their exact header and
 * hand-written ones may hold # comments; any other deviation stops loading with the file and line.
 */
final class GazetteerReader {
    /** Opens one gazetteer file by name. */
    interface Source {
        InputStream open(String file) throws IOException;
    }

    static final String COUNTRIES = "countries.tsv";
    static final String ADMIN1 = "admin1.tsv";
    static final String REGIONS = "regions.tsv";
    static final String PLACES = "places.tsv.gz";
    static final String ALIASES = "aliases.tsv";

    private static final String COUNTRIES_HEADER = "iso2\tiso3\tgeonames_id\tfeature_code\tname\tofficial_name\t"
        + "alternate_names\tdemonyms\tcapital\tcapital_geonames_id\tlat\tlon\tpopulation\tregion\tsubregion\tneighbours";
    private static final String ADMIN1_HEADER = "code\tname\talternate_names\tlat\tlon\tseat_geonames_id\tpopulation";
    private static final String REGIONS_HEADER = "id\tname\talternate_names\tdemonyms\tlat\tlon\tmembers";
    private static final String PLACES_HEADER = "geonames_id\tname\tascii_name\talternate_names\tlat\tlon\t"
        + "feature_code\tcountry\tadmin1\tpopulation";
    private static final String ALIASES_HEADER = "iso2\tkind\ttext";
    private static final int BATCH = 4096;

    private final Source source;
    private final EntryTable table = new EntryTable();
    private final NameIndex.Builder names = new NameIndex.Builder();
    private final Map<String, Integer> countries = new HashMap<>();
    private final Map<String, Integer> countryDemonyms = new HashMap<>();
    private final Map<String, Integer> regionDemonyms = new HashMap<>();
    private final Map<String, List<String>> neighbours = new HashMap<>();
    private final Map<String, List<String>> regionMembers = new HashMap<>();
    private final Map<String, List<String>> countriesInGroup = new HashMap<>();

    private GazetteerReader(Source source) {
        this.source = source;
    }

    /**
     * Reads all files. A second thread parses places.tsv.gz (decompression, fields, name keys) while this
     * one reads the small files and then fills the table and the index, in file order.
     */
    static Gazetteer read(Source source) {
        GazetteerReader reader = new GazetteerReader(source);
        PlaceParser parser = new PlaceParser(source);
        Thread thread = new Thread(parser, "gazetteer-places");
        thread.setDaemon(true);
        thread.start();
        try {
            reader.readCountries();
            reader.readAdmin1();
            reader.readRegions();
            reader.addPlaces(parser);
            reader.readAliases();
        } catch (IOException e) {
            throw new GazetteerException("cannot read the gazetteer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GazetteerException("interrupted while loading the gazetteer", e);
        } finally {
            thread.interrupt();
        }
        return reader.gazetteer();
    }

    private Gazetteer gazetteer() {
        long[] byId = new long[table.size()];
        int n = 0;
        for (int i = 0; i < table.size(); i++) {
            if (table.geonamesId(i) != 0) byId[n++] = (long) table.geonamesId(i) << 32 | i;
        }
        byId = Arrays.copyOf(byId, n);
        Arrays.sort(byId);
        return new Gazetteer(table, names.build(), countries, countryDemonyms, regionDemonyms, neighbours,
            regionMembers, byId);
    }

    private void readCountries() throws IOException {
        try (Lines lines = Lines.open(source, COUNTRIES, false)) {
            lines.expectHeader(COUNTRIES_HEADER);
            for (String[] f; (f = lines.next(16)) != null; ) {
                String iso2 = f[0];
                int e = table.add(lines.number(f[2]), f[4], NameKey.ascii(f[4]), PlaceKind.COUNTRY, f[3], iso2, null,
                    lines.decimal(f[10]), lines.decimal(f[11]), lines.number(f[12]));
                countries.put(iso2, e);
                countries.put(f[1], e); // ISO-3 too: CAMEO actor codes start with it
                indexNames(e, List.of(f[4]), split(f[6]));
                for (String demonym : split(f[7])) {
                    String key = NameKey.of(demonym);
                    Integer other = countryDemonyms.get(key);
                    if (other == null || table.population(other) < table.population(e)) countryDemonyms.put(key, e);
                }
                neighbours.put(iso2, List.of(f[15].isEmpty() ? new String[0] : f[15].split(" ")));
                countriesInGroup.computeIfAbsent("@region:" + f[13], k -> new ArrayList<>()).add(iso2);
                countriesInGroup.computeIfAbsent("@subregion:" + f[14], k -> new ArrayList<>()).add(iso2);
            }
        }
    }

    private void readAdmin1() throws IOException {
        try (Lines lines = Lines.open(source, ADMIN1, false)) {
            lines.expectHeader(ADMIN1_HEADER);
            for (String[] f; (f = lines.next(7)) != null; ) {
                int dot = f[0].indexOf('.');
                if (dot != 2) throw lines.error("admin-1 code must look like CC.CODE: " + f[0]);
                int e = table.add(0, f[1], NameKey.ascii(f[1]), PlaceKind.ADMIN1, "ADM1", f[0].substring(0, 2),
                    f[0].substring(3), lines.decimal(f[3]), lines.decimal(f[4]), lines.number(f[6]));
                indexNames(e, List.of(f[1]), split(f[2]));
            }
        }
    }

    private void readRegions() throws IOException {
        try (Lines lines = Lines.open(source, REGIONS, true)) {
            lines.expectHeader(REGIONS_HEADER);
            for (String[] f; (f = lines.next(7)) != null; ) {
                Set<String> members = new LinkedHashSet<>();
                for (String member : f[6].split(",")) {
                    String m = member.trim();
                    if (m.startsWith("@")) {
                        List<String> group = countriesInGroup.get(m);
                        if (group == null) throw lines.error("no countries in " + m);
                        members.addAll(group);
                    } else if (countries.containsKey(m)) {
                        members.add(m);
                    } else if (!m.isEmpty()) {
                        throw lines.error("unknown country " + m);
                    }
                }
                String country = members.size() == 1 ? members.iterator().next() : null;
                int e = table.add(0, f[1], NameKey.ascii(f[1]), PlaceKind.REGION, "RGN", country, null,
                    lines.decimal(f[4]), lines.decimal(f[5]), 0);
                if (regionMembers.put(f[1], List.copyOf(members)) != null) throw lines.error("second region named " + f[1]);
                indexNames(e, List.of(f[1]), split(f[2]));
                for (String demonym : split(f[3])) regionDemonyms.put(NameKey.of(demonym), e);
            }
        }
    }

    private void addPlaces(PlaceParser parser) throws InterruptedException {
        for (List<ParsedPlace> batch; !(batch = parser.queue.take()).isEmpty(); ) {
            for (ParsedPlace p : batch) {
                int e = table.add(p.id, p.name, p.ascii, PlaceKind.CITY, p.feature, p.country, p.admin1, p.lat, p.lon,
                    p.population);
                index(e, p.keys);
            }
        }
        if (parser.failure instanceof GazetteerException g) throw new GazetteerException(g.getMessage(), g);
        if (parser.failure != null) {
            throw new GazetteerException("cannot read " + PLACES + ": " + parser.failure.getMessage(), parser.failure);
        }
    }

    /** One row of places.tsv.gz, parsed, with its name keys. */
    private record ParsedPlace(long id, String name, String ascii, String feature, String country, String admin1,
                               double lat, double lon, long population, EntryKeys keys) {
    }

    /** Parses places.tsv.gz into batches; an empty batch ends the queue, after a failure too. */
    private static final class PlaceParser implements Runnable {
        final BlockingQueue<List<ParsedPlace>> queue = new ArrayBlockingQueue<>(16);
        volatile Throwable failure;
        private final Source source;

        PlaceParser(Source source) {
            this.source = source;
        }

        @Override
        public void run() {
            try {
                parse();
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                failure = e;
            }
            try {
                queue.put(List.of());
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }

        private void parse() throws IOException, InterruptedException {
            try (Lines lines = Lines.open(source, PLACES, false)) {
                lines.expectHeader(PLACES_HEADER);
                List<ParsedPlace> batch = new ArrayList<>(BATCH);
                for (String[] f; (f = lines.next(10)) != null; ) {
                    List<String> primary = f[2].isEmpty() ? List.of(f[1]) : List.of(f[1], f[2]);
                    batch.add(new ParsedPlace(lines.number(f[0]), f[1], f[2].isEmpty() ? f[1] : f[2], f[6], f[7], f[8],
                        lines.decimal(f[4]), lines.decimal(f[5]), lines.number(f[9]), EntryKeys.of(primary, split(f[3]))));
                    if (batch.size() == BATCH) {
                        queue.put(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
                if (!batch.isEmpty()) queue.put(batch);
            }
        }
    }

    private void readAliases() throws IOException {
        try (Lines lines = Lines.open(source, ALIASES, true)) {
            lines.expectHeader(ALIASES_HEADER);
            for (String[] f; (f = lines.next(3)) != null; ) {
                Integer country = countries.get(f[0]);
                if (country == null) throw lines.error("unknown country " + f[0]);
                switch (f[1]) {
                    case "name" -> names.add(NameKey.of(f[2]), posting(country, MatchType.ALTERNATE));
                    case "demonym" -> countryDemonyms.put(NameKey.of(f[2]), country);
                    default -> throw lines.error("kind must be name or demonym: " + f[1]);
                }
            }
        }
    }

    /** Indexes an entry's names once per distinct key, primary names first. */
    private void indexNames(int entry, List<String> primary, List<String> alternates) {
        index(entry, EntryKeys.of(primary, alternates));
    }

    private void index(int entry, EntryKeys keys) {
        for (int k = 0; k < keys.keys().length; k++) names.add(keys.keys()[k], posting(entry, keys.how()[k]));
    }

    static int posting(int entry, MatchType how) {
        return entry << 2 | how.ordinal();
    }

    private static List<String> split(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|"));
    }

    /** Lines of one file, split into a fixed number of tab-separated fields. */
    private static final class Lines implements AutoCloseable {
        private final String file;
        private final BufferedReader reader;
        private final boolean handWritten;
        private int number;

        private Lines(String file, BufferedReader reader, boolean handWritten) {
            this.file = file;
            this.reader = reader;
            this.handWritten = handWritten;
        }

        static Lines open(Source source, String file, boolean handWritten) throws IOException {
            InputStream in = source.open(file);
            if (file.endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
            return new Lines(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16),
                handWritten);
        }

        void expectHeader(String header) throws IOException {
            String line = nextLine();
            if (!header.equals(line)) throw error("expected the header line: " + header.replace('\t', ' '));
        }

        String[] next(int fields) throws IOException {
            String line = nextLine();
            if (line == null) return null;
            String[] f = new String[fields];
            int from = 0;
            for (int i = 0; i < fields - 1; i++) {
                int tab = line.indexOf('\t', from);
                if (tab < 0) throw error("expected " + fields + " tab-separated fields");
                f[i] = line.substring(from, tab);
                from = tab + 1;
            }
            if (line.indexOf('\t', from) >= 0) throw error("expected " + fields + " tab-separated fields");
            f[fields - 1] = line.substring(from);
            return f;
        }

        private String nextLine() throws IOException {
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (handWritten && (line.isBlank() || line.startsWith("#"))) continue;
                return line;
            }
            return null;
        }

        long number(String field) {
            if (field.isEmpty()) return 0;
            try {
                return Long.parseLong(field);
            } catch (NumberFormatException e) {
                throw error("not a whole number: " + field);
            }
        }

        double decimal(String field) {
            if (field.isEmpty()) return Double.NaN;
            try {
                return Double.parseDouble(field);
            } catch (NumberFormatException e) {
                throw error("not a number: " + field);
            }
        }

        GazetteerException error(String reason) {
            return new GazetteerException(file + ":" + number + ": " + reason);
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
