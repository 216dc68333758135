package org.sitrep.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/** Actors named by description, pronoun, possessive, capital or role, resolved by the real pipeline. */
class ActorsInContextTest {

    private static List<Event> code(String text) {
        return ArticleCoder.shared().code(new Article("a", "test", null, text, LocalDate.of(2021, 2, 27))).events();
    }

    private static List<String> dyads(String text) {
        return code(text).stream().map(e -> (e.source() == null ? "-" : e.source().code()) + " " + e.cameo().code()
                + " " + (e.target() == null ? "-" : e.target().code())).toList();
    }

    @Test
    void aNameSpelledSeveralWaysInItsDictionaryLineIsOneMention() {
        var coded = ArticleCoder.shared().code(new Article("a", "test", null,
                "Rockets hit US targets in Iraq.", LocalDate.of(2021, 2, 27)));
        assertThat(coded.mentions()).filteredOn(m -> m.kind() == org.sitrep.model.Mention.Kind.ACTOR && m.text().equals("US"))
                .hasSize(1);
    }

    @Test
    void theOrganizationIsTheOrganizationNamedBefore() {
        List<Event> events = code("NATO met in Brussels. The organization condemned Russia.");
        Event condemned = events.stream().filter(e -> e.cameo().code().equals("111")).findFirst().orElseThrow();
        assertThat(condemned.source().code()).isEqualTo("IGOWSTNAT");
        assertThat(condemned.source().text()).isEqualTo("The organization");
        assertThat(condemned.rule()).isNotBlank();
    }

    @Test
    void theArabCountrySkipsCountriesThatAreNotArab() {
        assertThat(dyads("Iraq criticized Turkey on Monday. On Tuesday, Turkey condemned the Arab country."))
                .contains("TUR 111 IRQ");
    }

    @Test
    void hePointsToTheLastPersonAndTakesHisRoleOnTheEventDate() {
        assertThat(dyads("In 2018, Trump visited Iraq. He condemned Iran.")).contains("USAGOV 111 IRN");
        assertThat(dyads("In 2022, Trump visited Iraq. He condemned Iran.")).contains("USAELI 111 IRN");
    }

    @Test
    void itsTroopsBelongToTheCountryNamedBefore() {
        assertThat(dyads("Iraq asked the United States to withdraw its troops.")).contains("USA 0874 USAMIL");
        assertThat(dyads("NATO condemned Russia and its troops.")).contains("IGOWSTNAT 111 RUSMIL");
    }

    @Test
    void possessiveAndHyphenatedNamesComposeWithRoles() {
        assertThat(dyads("Al-Kadhimi's government condemned Iran.")).contains("IRQGOV 111 IRN");
        assertThat(dyads("The government of Iraq condemned Iran.")).contains("IRQGOV 111 IRN");
    }

    @Test
    void capitalsActForTheirGovernments() {
        assertThat(dyads("Washington condemned Tehran.")).containsExactly("USAGOV 111 IRNGOV");
    }

    @Test
    void aNewsAgencyReportsEventsButIsNotTheirActor() {
        List<String> events = dyads("Reuters reported that Iraq condemned Iran.");
        assertThat(events).contains("IRQ 111 IRN");
        assertThat(events).noneMatch(d -> d.startsWith("GBRMED"));
    }

    @Test
    void coordinatedRolesShareTheirOwner() {
        assertThat(dyads("Lawmakers and officials in Iraq condemned Iran."))
                .containsExactlyInAnyOrder("IRQLEG 111 IRN", "IRQGOV 111 IRN");
    }
}
