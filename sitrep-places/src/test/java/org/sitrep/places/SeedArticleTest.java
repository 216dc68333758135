package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

/**
 * Every place the seed article names, found by its text and occurrence in examples/nato-iraq.txt (the place
 * mentions an NER pass yields), and the entry each must resolve to.
 */
class SeedArticleTest {
    private record Expected(String text, String key, Precision precision) {
    }

    private static final List<Expected> PLACES = List.of(
        e("Iraq", "geonames:99237", Precision.COUNTRY),
        e("United States", "geonames:6252001", Precision.COUNTRY),
        e("Germany", "geonames:2921044", Precision.COUNTRY),
        e("France", "geonames:3017382", Precision.COUNTRY),
        e("United Kingdom", "geonames:2635167", Precision.COUNTRY),
        e("West Asia", "region:West Asia", Precision.REGION),
        e("Iraq", "geonames:99237", Precision.COUNTRY),
        e("US", "geonames:6252001", Precision.COUNTRY),
        e("US", "geonames:6252001", Precision.COUNTRY),
        e("Iraq", "geonames:99237", Precision.COUNTRY),
        e("Iraq", "geonames:99237", Precision.COUNTRY),
        e("US", "geonames:6252001", Precision.COUNTRY),
        e("Washington", "geonames:4140963", Precision.CITY),
        e("United States", "geonames:6252001", Precision.COUNTRY),
        e("Iraq", "geonames:99237", Precision.COUNTRY),
        e("United States", "geonames:6252001", Precision.COUNTRY),
        e("Iraq", "geonames:99237", Precision.COUNTRY),
        e("US", "geonames:6252001", Precision.COUNTRY),
        e("Iraq", "geonames:99237", Precision.COUNTRY),
        e("Baghdad", "geonames:98182", Precision.CITY),
        e("Iraq", "geonames:99237", Precision.COUNTRY),
        e("Beirut", "geonames:276781", Precision.CITY),
        e("Syria", "geonames:163843", Precision.COUNTRY),
        e("Iraq", "geonames:99237", Precision.COUNTRY),
        e("Jordan", "geonames:248816", Precision.COUNTRY),
        e("United States", "geonames:6252001", Precision.COUNTRY),
        e("Al Bukamal", "geonames:174448", Precision.CITY),
        e("Syrian-Iraqi", "geonames:163843", Precision.COUNTRY),
        e("Iraq", "geonames:99237", Precision.COUNTRY),
        e("US", "geonames:6252001", Precision.COUNTRY),
        e("US", "geonames:6252001", Precision.COUNTRY),
        e("US", "geonames:6252001", Precision.COUNTRY),
        e("Iraq", "geonames:99237", Precision.COUNTRY),
        e("province of Erbil", "admin1:IQ.11", Precision.ADMIN1),
        e("Iraqi Kurdish", "geonames:99237", Precision.COUNTRY),
        e("United States", "geonames:6252001", Precision.COUNTRY),
        e("Iran", "geonames:130758", Precision.COUNTRY),
        e("Tehran", "geonames:112931", Precision.CITY));

    private static Expected e(String text, String key, Precision precision) {
        return new Expected(text, key, precision);
    }

    @Test
    void everyPlaceOfTheSeedResolves() throws IOException {
        String text = Files.readString(Path.of("..", "examples", "nato-iraq.txt"), StandardCharsets.UTF_8);
        List<PlaceQuery> queries = new ArrayList<>();
        int from = text.indexOf("PEJOURNAL");
        for (Expected place : PLACES) {
            int at = nextWord(text, place.text(), from);
            assertThat(at).as("%s after offset %d", place.text(), from).isNotNegative();
            queries.add(new PlaceQuery(sentenceAt(text, at), new Span(at, at + place.text().length()), place.text()));
            from = at + place.text().length();
        }

        List<ResolvedPlace> resolved = new PlaceResolver().resolve(queries);

        for (int i = 0; i < PLACES.size(); i++) {
            ResolvedPlace p = resolved.get(i);
            Expected want = PLACES.get(i);
            System.out.printf("%5d %5d  %-18s %-18s %-8s %s%n", p.query().span().start(), p.query().span().end(),
                p.query().text(), p.entry() == null ? "-" : p.entry().key(), p.precision(), p.reason());
            assertThat(p.query().span().of(text)).isEqualTo(want.text());
            assertThat(p.entry()).as("%s at %d", want.text(), p.query().span().start()).isNotNull();
            assertThat(p.entry().key()).as("%s at %d: %s", want.text(), p.query().span().start(), p.reason())
                .isEqualTo(want.key());
            assertThat(p.precision()).isEqualTo(want.precision());
        }
        assertThat(new PlaceResolver().gazetteer().countriesIn("Syrian-Iraqi"))
            .extracting(GazetteerEntry::country).containsExactly("SY", "IQ");
        GazetteerEntry erbilProvince = resolved.get(33).entry();
        assertThat(erbilProvince.lat()).isEqualTo(36.18333);
        assertThat(erbilProvince.lon()).isEqualTo(44.01193);
    }

    @Test
    void erbilAloneIsTheCity() {
        PlaceResolver resolver = new PlaceResolver();
        ResolvedPlace erbil = resolver.resolve(List.of(
            new PlaceQuery(0, new Span(0, 4), "Iraq"), new PlaceQuery(1, new Span(10, 15), "Erbil"))).get(1);
        assertThat(erbil.entry().geonamesId()).isEqualTo(95446L);
    }

    /** The next occurrence of {@code word} at or after {@code from} that is not part of a longer word. */
    private static int nextWord(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) return at;
        }
        return -1;
    }

    private static int sentenceAt(String text, int offset) {
        int n = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '?' || c == '\n') n++;
        }
        return n;
    }
}
