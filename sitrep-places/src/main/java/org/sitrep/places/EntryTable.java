package org.sitrep.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every gazetteer entry as columns of primitive arrays (coordinates in units of 1e-5 degree), with small
 * shared tables for feature codes, countries and admin-1 codes. Two hundred thousand places take about
 * 20 MB like this, names included; {@link #entry(int)} makes the record a caller sees.
 */
final class EntryTable {
    private static final int NO_POINT = Integer.MIN_VALUE;
    private static final int INITIAL = 1 << 18;
    private static final PlaceKind[] KINDS = PlaceKind.values();

    private int size;
    private int[] geonamesId = new int[INITIAL];
    private String[] name = new String[INITIAL];
    private String[] ascii = new String[INITIAL];
    private byte[] kind = new byte[INITIAL];
    private byte[] feature = new byte[INITIAL];
    private short[] country = new short[INITIAL];
    private int[] admin1 = new int[INITIAL];
    private int[] lat = new int[INITIAL];
    private int[] lon = new int[INITIAL];
    private long[] population = new long[INITIAL];

    private final List<String> features = new ArrayList<>();
    private final Map<String, Integer> featureIds = new HashMap<>();
    private final List<String> countries = new ArrayList<>();
    private final Map<String, Integer> countryIds = new HashMap<>();
    private final List<String> admin1Codes = new ArrayList<>();
    private final List<String> admin1CodeParts = new ArrayList<>();
    private final Map<String, Integer> admin1Ids = new HashMap<>();
    private final Map<Integer, Integer> admin1Entries = new HashMap<>();

    /**
     * Adds an entry and returns its number. {@code asciiName} may equal {@code name}; {@code lat}/{@code lon}
     * may be NaN; {@code admin1Code} is the code inside the country ("11"), or null.
     */
    int add(long id, String entryName, String asciiName, PlaceKind entryKind, String featureCode,
            String countryCode, String admin1Code, double latitude, double longitude, long people) {
        if (size == name.length) grow();
        int i = size++;
        geonamesId[i] = (int) id;
        name[i] = entryName;
        ascii[i] = asciiName == null || asciiName.equals(entryName) ? null : asciiName;
        kind[i] = (byte) entryKind.ordinal();
        feature[i] = (byte) intern(featureCode, features, featureIds);
        country[i] = (short) (countryCode == null || countryCode.isEmpty() ? -1 : intern(countryCode, countries, countryIds));
        admin1[i] = admin1Code == null || admin1Code.isEmpty() || countryCode == null
            ? -1 : intern(countryCode + "." + admin1Code, admin1Codes, admin1Ids);
        if (admin1[i] == admin1CodeParts.size()) admin1CodeParts.add(admin1Code);
        lat[i] = Double.isNaN(latitude) ? NO_POINT : (int) Math.round(latitude * 1e5);
        lon[i] = Double.isNaN(longitude) ? NO_POINT : (int) Math.round(longitude * 1e5);
        population[i] = people;
        if (entryKind == PlaceKind.ADMIN1) admin1Entries.put(admin1[i], i);
        return i;
    }

    int size() {
        return size;
    }

    GazetteerEntry entry(int i) {
        String admin1Code = admin1[i] < 0 ? null : admin1CodeParts.get(admin1[i]);
        Integer admin1Entry = admin1[i] < 0 ? null : admin1Entries.get(admin1[i]);
        return new GazetteerEntry(
            geonamesId[i] == 0 ? null : (long) geonamesId[i],
            name[i],
            ascii[i] == null ? name[i] : ascii[i],
            kind(i),
            features.get(feature[i]),
            countryOf(i),
            admin1Code,
            admin1Entry == null ? null : name[admin1Entry],
            lat[i] == NO_POINT ? null : lat[i] / 1e5,
            lon[i] == NO_POINT ? null : lon[i] / 1e5,
            population[i]);
    }

    PlaceKind kind(int i) {
        return KINDS[kind[i]];
    }

    private String countryOf(int i) {
        return country[i] < 0 ? null : countries.get(country[i]);
    }

    /** The entry number of an admin-1 region by key ("IQ.11"), or -1. */
    int admin1Entry(String key) {
        Integer code = admin1Ids.get(key);
        Integer entry = code == null ? null : admin1Entries.get(code);
        return entry == null ? -1 : entry;
    }

    long population(int i) {
        return population[i];
    }

    int geonamesId(int i) {
        return geonamesId[i];
    }

    private static int intern(String value, List<String> values, Map<String, Integer> ids) {
        Integer id = ids.get(value);
        if (id == null) {
            id = values.size();
            values.add(value);
            ids.put(value, id);
        }
        return id;
    }

    private void grow() {
        int n = size * 2;
        geonamesId = Arrays.copyOf(geonamesId, n);
        name = Arrays.copyOf(name, n);
        ascii = Arrays.copyOf(ascii, n);
        kind = Arrays.copyOf(kind, n);
        feature = Arrays.copyOf(feature, n);
        country = Arrays.copyOf(country, n);
        admin1 = Arrays.copyOf(admin1, n);
        lat = Arrays.copyOf(lat, n);
        lon = Arrays.copyOf(lon, n);
        population = Arrays.copyOf(population, n);
    }
}
