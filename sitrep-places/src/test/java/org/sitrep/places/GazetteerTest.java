package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        Runtime rt = Runtime.getRuntime();
        long before = usedHeap(rt);
        long start = System.nanoTime();
        gazetteer = Gazetteer.bundled();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long heap = usedHeap(rt) - before;
        System.out.printf("Gazetteer.bundled(): %d entries, %d names, loaded in %d ms, %d MB of heap (max heap %d MB)%n",
            gazetteer.size(), gazetteer.nameCount(), millis, heap >> 20, rt.maxMemory() >> 20);
    }

    private static long usedHeap(Runtime rt) {
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static List<Long> ids(List<GazetteerEntry> entries) {
        return entries.stream().map(GazetteerEntry::geonamesId).toList();
    }

    @Test
    void holdsEveryKindOnce() {
        assertThat(Gazetteer.bundled()).isSameAs(gazetteer);
        assertThat(gazetteer.size()).isGreaterThan(199_568 + 3_865 + 250);
        assertThat(gazetteer.byGeonamesId(95446)).hasValueSatisfying(e -> {
            assertThat(e.name()).isEqualTo("Erbil");
            assertThat(e.kind()).isEqualTo(PlaceKind.CITY);
            assertThat(e.featureCode()).isEqualTo("PPLA");
            assertThat(e.country()).isEqualTo("IQ");
            assertThat(e.admin1Code()).isEqualTo("11");
            assertThat(e.admin1Name()).isEqualTo("Erbil");
            assertThat(e.lat()).isEqualTo(36.18333);
            assertThat(e.lon()).isEqualTo(44.01193);
            assertThat(e.population()).isEqualTo(1_612_700);
        });
        assertThat(gazetteer.byGeonamesId(99237)).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("Iraq"));
        assertThat(gazetteer.byGeonamesId(1)).isEmpty();
    }

    @Test
    void loadsTheSameFromTheCheckout() {
        Gazetteer fromFolder = Gazetteer.load(Path.of("..", "gazetteer"));
        assertThat(fromFolder.size()).isEqualTo(gazetteer.size());
        assertThat(fromFolder.nameCount()).isEqualTo(gazetteer.nameCount());
        assertThat(fromFolder.candidates("Erbil")).isEqualTo(gazetteer.candidates("Erbil"));
    }

    @Test
    void namesFoldDiacriticsHyphensAndSpaces() {
        for (String name : List.of("Al Bukamal", "Abu Kamal", "Albu Kamal", "Al-Bukamal", "Ālbū Kamāl", "ABU KAMAL")) {
            assertThat(ids(gazetteer.candidates(name))).as(name).containsExactly(174448L);
        }
        for (String name : List.of("Erbil", "Arbil", "Irbil", "Hewler", "Hawler")) {
            assertThat(ids(gazetteer.candidates(name))).as(name).contains(95446L);
        }
    }

    @Test
    void countriesComeFirstThenRegionsAdmin1AndPlaces() {
        List<GazetteerEntry> jordan = gazetteer.candidates("Jordan");
        assertThat(jordan.get(0).kind()).isEqualTo(PlaceKind.COUNTRY);
        assertThat(jordan.get(0).geonamesId()).isEqualTo(248816L);
        assertThat(ids(jordan)).contains(1710116L);
        List<GazetteerEntry> beirut = gazetteer.candidates("Beirut");
        assertThat(ids(beirut)).contains(276781L, 3103364L);
        assertThat(beirut.get(0).kind()).isEqualTo(PlaceKind.ADMIN1);
    }

    @Test
    void articlesAndPossessivesAreOptional() {
        assertThat(gazetteer.candidates("the Middle East")).first()
            .satisfies(e -> assertThat(e.kind()).isEqualTo(PlaceKind.REGION));
        assertThat(gazetteer.candidates("the Gulf").get(0).name()).isEqualTo("Gulf");
        assertThat(gazetteer.candidates("Iraq's").get(0).geonamesId()).isEqualTo(99237L);
        assertThat(gazetteer.candidates("The Hague").get(0).country()).isEqualTo("NL");
        assertThat(gazetteer.candidates("Qaim")).extracting(GazetteerEntry::geonamesId).contains(92138L);
        assertThat(gazetteer.candidates("nowhere-at-all-ville")).isEmpty();
    }

    @Test
    void countriesCarryCodesIdsAndPoints() {
        assertThat(gazetteer.country("iq")).hasValueSatisfying(e -> {
            assertThat(e.geonamesId()).isEqualTo(99237L);
            assertThat(e.featureCode()).isEqualTo("PCLI");
            assertThat(e.lat()).isEqualTo(33.0);
            assertThat(e.lon()).isEqualTo(44.0);
        });
        assertThat(gazetteer.country("PS")).hasValueSatisfying(e -> assertThat(e.featureCode()).isEqualTo("PCLD"));
        assertThat(gazetteer.country("ZZ")).isEmpty();
        assertThat(ids(gazetteer.candidates("Turkey"))).contains(298795L);
        assertThat(ids(gazetteer.candidates("U.S."))).first().isEqualTo(6252001L);
        assertThat(ids(gazetteer.candidates("Britain"))).first().isEqualTo(2635167L);
        assertThat(gazetteer.neighbours("IQ")).containsExactly("IR", "JO", "KW", "SA", "SY", "TR");
    }

    @Test
    void demonyms() {
        assertThat(gazetteer.countryByDemonym("Syrian").map(GazetteerEntry::country)).contains("SY");
        assertThat(gazetteer.countryByDemonym("Iraqi").map(GazetteerEntry::country)).contains("IQ");
        assertThat(gazetteer.countryByDemonym("Iraqis").map(GazetteerEntry::country)).contains("IQ");
        assertThat(gazetteer.countryByDemonym("American").map(GazetteerEntry::country)).contains("US");
        assertThat(gazetteer.countryByDemonym("French").map(GazetteerEntry::country)).contains("FR");
        assertThat(gazetteer.countryByDemonym("Dutch").map(GazetteerEntry::country)).contains("NL");
        assertThat(gazetteer.countryByDemonym("Saudi").map(GazetteerEntry::country)).contains("SA");
        assertThat(gazetteer.countryByDemonym("Kurdish")).isEmpty();
        assertThat(gazetteer.demonymMatches("Kurdish")).extracting(m -> m.entry().name()).containsExactly("Kurdistan");
    }

    @Test
    void countriesInCompounds() {
        assertThat(countries("Syrian-Iraqi")).containsExactly("SY", "IQ");
        assertThat(countries("Syrian–Iraqi border")).containsExactly("SY", "IQ");
        assertThat(countries("US-led")).containsExactly("US");
        assertThat(countries("U.S.-led")).containsExactly("US");
        assertThat(countries("Iran-Iraq war")).containsExactly("IR", "IQ");
        assertThat(countries("United States-Iran talks")).containsExactly("US", "IR");
        assertThat(countries("Iraqi Kurdish")).containsExactly("IQ");
        assertThat(countries("let us in")).isEmpty();
    }

    private static List<String> countries(String text) {
        return gazetteer.countriesIn(text).stream().map(GazetteerEntry::country).toList();
    }

    @Test
    void admin1RegionsTakeTheirSeatsPoint() {
        assertThat(gazetteer.admin1("IQ", "11")).hasValueSatisfying(e -> {
            assertThat(e.name()).isEqualTo("Erbil");
            assertThat(e.kind()).isEqualTo(PlaceKind.ADMIN1);
            assertThat(e.geonamesId()).isNull();
            assertThat(e.lat()).isEqualTo(36.18333);
            assertThat(e.key()).isEqualTo("admin1:IQ.11");
        });
        assertThat(gazetteer.candidates("Kurdistan Province").get(0).key()).isEqualTo("admin1:IR.16");
        assertThat(gazetteer.admin1("IQ", "99")).isEmpty();
    }

    @Test
    void namedRegions() {
        GazetteerEntry westAsia = gazetteer.candidates("West Asia").get(0);
        assertThat(westAsia.kind()).isEqualTo(PlaceKind.REGION);
        assertThat(westAsia.featureCode()).isEqualTo("RGN");
        assertThat(westAsia.country()).isNull();
        assertThat(gazetteer.regionMembers(westAsia)).contains("IQ", "SY", "JO", "TR").doesNotContain("IR", "EG");
        GazetteerEntry iraqiKurdistan = gazetteer.candidates("Kurdistan Region").get(0);
        assertThat(iraqiKurdistan.name()).isEqualTo("Iraqi Kurdistan");
        assertThat(iraqiKurdistan.country()).isEqualTo("IQ");
        assertThat(gazetteer.regionMembers(gazetteer.candidates("Europe").get(0))).contains("DE", "FR").hasSizeGreaterThan(40);
        assertThat(gazetteer.regionMembers(gazetteer.country("IQ").orElseThrow())).isEmpty();
    }
}
