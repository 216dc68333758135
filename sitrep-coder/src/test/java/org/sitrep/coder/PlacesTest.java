package org.sitrep.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

/** Event places in small sentences: attached, named in the sentence, or implied by the actors. */
class PlacesTest {

    private static Place placeOf(String text) {
        var events = ArticleCoder.shared().code(new Article("p", "test", null, text, LocalDate.of(2021, 2, 27)))
                .events();
        assertThat(events).as(text).isNotEmpty();
        return events.get(0).place();
    }

    @Test
    void aPlaceTiedToTheEventIsItsPlace() {
        Place p = placeOf("Israeli warplanes attacked Syrian forces near Damascus.");
        assertThat(p.name()).isEqualTo("Damascus");
        assertThat(p.country()).isEqualTo("SY");
        assertThat(p.basis()).isEqualTo("attached");
        assertThat(p.lat()).isBetween(33.0, 34.0);
    }

    @Test
    void aProvinceIsAnAdminRegion() {
        Place p = placeOf("Turkey attacked Kurdish rebels in the province of Erbil.");
        assertThat(p.precision()).isEqualTo("admin1");
        assertThat(p.country()).isEqualTo("IQ");
    }

    @Test
    void aCountryNamedAsAnActorIsNotWhereItHappened() {
        Place p = placeOf("Jordan condemned Israel.");
        assertThat(p.basis()).isEqualTo("actors");
        assertThat(p.country()).isEqualTo("JO");
        assertThat(p.geonamesId()).isEqualTo(248816L);
    }

    @Test
    void forceIsPlacedWithItsTarget() {
        Event e = ArticleCoder.shared().code(new Article("p", "test", null, "Iran attacked Iraq.",
                LocalDate.of(2021, 2, 27))).events().get(0);
        assertThat(e.place().country()).isEqualTo("IQ");
    }

    @Test
    void aVisitHappensInTheCityVisited() {
        assertThat(placeOf("The Turkish foreign minister visited Beirut.").geonamesId()).isEqualTo(276781L);
    }
}
