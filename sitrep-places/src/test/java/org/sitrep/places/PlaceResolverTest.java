package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class PlaceResolverTest {
    private static final PlaceResolver RESOLVER = new PlaceResolver();

    /** Resolves the names as the place mentions of one article, in order. */
    private static List<ResolvedPlace> article(String... names) {
        return article(List.of(), names);
    }

    private static List<ResolvedPlace> article(List<String> contextCountries, String... names) {
        List<PlaceQuery> queries = new ArrayList<>();
        int offset = 0;
        for (String name : names) {
            queries.add(new PlaceQuery(0, new Span(offset, offset + name.length()), name));
            offset += name.length() + 1;
        }
        return RESOLVER.resolve(queries, contextCountries);
    }

    private static ResolvedPlace first(String... names) {
        return article(names).get(0);
    }

    private static Long id(ResolvedPlace p) {
        return p.entry() == null ? null : p.entry().geonamesId();
    }

    @Test
    void countriesOutrankTownsOfTheSameName() {
        ResolvedPlace jordan = first("Jordan");
        assertThat(id(jordan)).isEqualTo(248816L);
        assertThat(jordan.precision()).isEqualTo(Precision.COUNTRY);
        assertThat(jordan.reason()).contains("country").contains("beat 7 other candidates");
        assertThat(id(first("Lebanon"))).isEqualTo(272103L);
        assertThat(id(first("Peru"))).isEqualTo(3932488L);
        assertThat(id(first("Syria"))).isEqualTo(163843L);
        assertThat(id(first("Iraq"))).isEqualTo(99237L);
    }

    @Test
    void aTownBeatsItsCountryOnlyWithEvidenceInsideItsAdmin1() {
        assertThat(id(first("Lebanon", "United States"))).isEqualTo(272103L);
        ResolvedPlace town = first("Lebanon", "Pennsylvania", "Harrisburg");
        assertThat(town.entry().country()).isEqualTo("US");
        assertThat(town.entry().admin1Code()).isEqualTo("PA");
        assertThat(town.precision()).isEqualTo(Precision.CITY);
    }

    @Test
    void capitalsOutrankVillagesAndTheirOwnProvinces() {
        ResolvedPlace beirut = first("Beirut");
        assertThat(id(beirut)).isEqualTo(276781L);
        assertThat(beirut.precision()).isEqualTo(Precision.CITY);
        assertThat(beirut.reason()).contains("PPLC").contains("pop 1,916,100");
        assertThat(id(first("Baghdad"))).isEqualTo(98182L);
        assertThat(id(first("Tehran"))).isEqualTo(112931L);
        assertThat(id(first("Washington"))).isEqualTo(4140963L);
        assertThat(id(first("Damascus"))).isEqualTo(170654L);
    }

    @Test
    void spellingsOfAlbuKamal() {
        for (String name : List.of("Al Bukamal", "Abu Kamal", "Albu Kamal", "Al-Bukamal", "Abou Kemal", "the Al Bukamal area")) {
            ResolvedPlace p = first(name);
            assertThat(id(p)).as(name).isEqualTo(174448L);
            assertThat(p.entry().country()).isEqualTo("SY");
        }
    }

    @Test
    void erbilIsTheCityUnlessTheTextSaysProvince() {
        for (String name : List.of("Erbil", "Arbil", "Irbil", "Hewler")) {
            ResolvedPlace p = first(name, "Iraq");
            assertThat(id(p)).as(name).isEqualTo(95446L);
            assertThat(p.precision()).isEqualTo(Precision.CITY);
        }
        for (String name : List.of("province of Erbil", "the province of Erbil", "Erbil province", "Erbil governorate",
            "Arbil Governorate")) {
            ResolvedPlace p = first(name);
            assertThat(p.entry().key()).as(name).isEqualTo("admin1:IQ.11");
            assertThat(p.precision()).isEqualTo(Precision.ADMIN1);
            assertThat(p.reason()).contains("the text says");
        }
    }

    @Test
    void georgiaTheCountryUnlessTheArticleIsInTheUsState() {
        assertThat(id(first("Georgia"))).isEqualTo(614540L);
        assertThat(id(first("Georgia", "Tbilisi", "Russia"))).isEqualTo(614540L);
        ResolvedPlace state = first("Georgia", "Atlanta");
        assertThat(state.entry().key()).isEqualTo("admin1:US.GA");
        assertThat(state.precision()).isEqualTo(Precision.ADMIN1);
        assertThat(state.reason()).contains("admin-1 US.GA");
    }

    @Test
    void parisFranceUnlessTexasIsInTheArticle() {
        assertThat(id(first("Paris"))).isEqualTo(2988507L);
        assertThat(id(first("Paris", "France"))).isEqualTo(2988507L);
        assertThat(id(first("Paris", "United States"))).isEqualTo(2988507L);
        assertThat(id(first("Paris", "Texas"))).isEqualTo(4717560L);
        assertThat(id(first("Paris", "Dallas", "Texas"))).isEqualTo(4717560L);
    }

    @Test
    void tripoliByContext() {
        assertThat(id(first("Tripoli"))).isEqualTo(2210247L);
        assertThat(id(first("Tripoli", "Libya"))).isEqualTo(2210247L);
        assertThat(id(first("Tripoli", "Lebanon"))).isEqualTo(266826L);
        assertThat(id(first("Tripoli", "Beirut", "Lebanon"))).isEqualTo(266826L);
        assertThat(id(article(List.of("LB"), "Tripoli").get(0))).isEqualTo(266826L);
    }

    @Test
    void washingtonTheCapitalEvenNextToTheState() {
        assertThat(id(first("Washington", "United States"))).isEqualTo(4140963L);
        assertThat(first("Washington state").entry().key()).isEqualTo("admin1:US.WA");
    }

    @Test
    void namedRegions() {
        for (String name : List.of("West Asia", "the Middle East", "the Gulf", "the Persian Gulf", "Kurdistan", "Levant",
            "the Sahel", "Horn of Africa", "the Balkans", "Gulf states")) {
            ResolvedPlace p = first(name);
            assertThat(p.precision()).as(name).isEqualTo(Precision.REGION);
            assertThat(p.entry().geonamesId()).isNull();
            assertThat(p.entry().lat()).isNotNull();
        }
        assertThat(first("Iraqi Kurdistan").entry().country()).isEqualTo("IQ");
        assertThat(first("Kurdish").entry().name()).isEqualTo("Kurdistan");
        assertThat(first("the EU").entry().name()).isEqualTo("European Union");
    }

    @Test
    void demonymsAndCompounds() {
        ResolvedPlace syrian = first("Syrian");
        assertThat(syrian.entry().country()).isEqualTo("SY");
        assertThat(syrian.reason()).contains("demonym");
        ResolvedPlace border = first("Syrian-Iraqi");
        assertThat(border.entry().country()).isEqualTo("SY");
        assertThat(border.precision()).isEqualTo(Precision.COUNTRY);
        assertThat(border.reason()).contains("names SY, IQ");
        assertThat(first("Iraqi Kurdish").entry().country()).isEqualTo("IQ");
        assertThat(first("US").entry().country()).isEqualTo("US");
    }

    @Test
    void compoundsCountForBothCountries() {
        assertThat(id(first("Tripoli", "Lebanese-Syrian"))).isEqualTo(266826L);
    }

    @Test
    void unknownNamesStayUnresolvedWithAReason() {
        ResolvedPlace p = first("Xqzzyville");
        assertThat(p.resolved()).isFalse();
        assertThat(p.entry()).isNull();
        assertThat(p.precision()).isNull();
        assertThat(p.place()).isNull();
        assertThat(p.reason()).isEqualTo("no gazetteer entry for \"Xqzzyville\"");
    }

    @Test
    void everyMentionKeepsItsQueryAndRepeatsAgree() {
        List<ResolvedPlace> places = article("Tripoli", "Lebanon", "Tripoli", "Jordan");
        assertThat(places).hasSize(4);
        assertThat(places.get(0).query().span()).isEqualTo(new Span(0, 7));
        assertThat(places.get(2).query().span()).isEqualTo(new Span(16, 23));
        assertThat(places.get(2).entry()).isEqualTo(places.get(0).entry());
        assertThat(places.get(0).place().geonamesId()).isEqualTo(266826L);
        assertThat(RESOLVER.resolve(List.of())).isEmpty();
    }

    @Test
    void aNameDoesNotVoteForItself() {
        List<ResolvedPlace> places = article("Tripoli", "Tripoli", "Tripoli", "Beirut");
        assertThat(places).allSatisfy(p -> assertThat(p.entry().country()).isEqualTo("LB"));
    }
}
