package org.sitrep.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;

/** The reference article through the whole pipeline (real CoreNLP, bundled dictionaries). */
class SeedArticleTest {
    static final Path SEED = Path.of("..", "examples", "nato-iraq.txt");
    private static String text;
    private static CodedArticle coded;

    @BeforeAll
    static void code() throws Exception {
        text = Files.readString(SEED);
        coded = ArticleCoder.shared().code(new Article("seed", SEED.toString(), "What does NATO want in Iraq?", text,
                LocalDate.of(2021, 2, 27)));
    }

    @Test
    void everyEventIsCodedAndPointsAtItsSentence() {
        assertThat(coded.events()).hasSizeGreaterThanOrEqualTo(8);
        for (Event e : coded.events()) {
            assertThat(e.cameo().code()).matches("\\d{2,4}");
            assertThat(e.cameo().root()).isEqualTo(e.cameo().code().substring(0, 2));
            assertThat(e.source() != null && e.source().code() != null
                    || e.target() != null && e.target().code() != null).as(e.toString()).isTrue();
            assertThat(text.substring(e.span().start(), e.span().end())).isEqualTo(e.text());
            assertThat(e.span().contains(e.trigger())).isTrue();
            assertThat(e.rule()).isNotBlank();
            assertThat(e.date().value()).isNotNull();
        }
    }

    @Test
    void theInvasionIsDatedByItsTextNotThePublicationDate() {
        Event invasion = only("invasion");
        assertThat(invasion.source().code()).isEqualTo("USA");
        assertThat(invasion.target().code()).isEqualTo("IRQ");
        assertThat(invasion.cameo().code()).startsWith("19");
        assertThat(invasion.date()).extracting(EventDate::value, EventDate::precision, EventDate::basis)
                .containsExactly("2003", EventDate.Precision.YEAR, EventDate.Basis.TEXT);
    }

    @Test
    void theAssassinationHasTheAmericanAttackAsSourceAndBothGeneralsAsTargets() {
        List<Event> killed = triggered("assassinated");
        assertThat(killed).extracting(e -> e.source().code()).containsOnly("USA");
        assertThat(killed).extracting(e -> e.target().code()).containsExactlyInAnyOrder("IRNMIL", "IRQMIL");
        assertThat(killed).extracting(e -> e.cameo().code()).containsOnly("186");
        assertThat(killed).extracting(e -> e.date().value()).containsOnly("2020-01");
    }

    @Test
    void trumpIsGovernmentWhenHePardonedInLate2020() {
        Event pardon = only("pardoned");
        assertThat(pardon.source().code()).isEqualTo("USAGOV");
        assertThat(pardon.target().code()).isEqualTo("USABUS");
        assertThat(pardon.date().value()).isEqualTo("2020-12");
        assertThat(pardon.cameo().code()).isEqualTo("080");
    }

    @Test
    void theIraqiCongressAskedTheUnitedStatesAndThePassiveRejectionHasItsAgentAsSource() {
        Event asked = only("asked");
        assertThat(asked.source().code()).isEqualTo("IRQLEG");
        assertThat(asked.target().code()).isEqualTo("USA");
        assertThat(asked.cameo().code()).isEqualTo("020");
        Event rejected = only("rejected");
        assertThat(rejected.source().code()).isEqualTo("IRQGOV");
        assertThat(rejected.cameo().root()).isEqualTo("12");
    }

    @Test
    void aVisitGivesTheVisitAndTheHostingEvent() {
        List<Event> visit = triggered("visiting");
        assertThat(visit).extracting(e -> e.cameo().code() + " " + e.source().code() + ">" + e.target().code())
                .containsExactlyInAnyOrder("042 IGOUNOIAE>IRNGOV", "043 IRNGOV>IGOUNOIAE");
        assertThat(visit).allSatisfy(e -> assertThat(e.plover().type()).isEqualTo("CONSULT"));
    }

    @Test
    void bidenSpokeOnTheDayOfTheSummit() {
        Event said = coded.events().stream().filter(e -> trigger(e).equals("said") && e.sentence() == 22)
                .findFirst().orElseThrow();
        assertThat(said.source().code()).isEqualTo("USAGOV");
        assertThat(said.date().value()).isEqualTo("2021-02-19");
    }

    @Test
    void eventsAreDatedWhenTheyHappenedNotWhenPublished() {
        assertThat(only("asked").date().value()).isEqualTo("2020-01");
        Event statement = coded.events().stream().filter(e -> trigger(e).equals("said") && e.sentence() == 15)
                .findFirst().orElseThrow();
        assertThat(statement.date().value()).isEqualTo("2021-02");
        assertThat(statement.date().modifier()).isEqualTo("mid");
        assertThat(only("bombings").date().value()).isEqualTo("2021-02-25");
        Event mission = only("establish");
        assertThat(mission.source().code()).isEqualTo("IGOWSTNAT");
        assertThat(mission.target().code()).isEqualTo("IRQMIL");
        assertThat(mission.date().value()).isEqualTo("2018");
        assertThat(only("rejected").date()).extracting(EventDate::value, EventDate::basis)
                .containsExactly("2021-02", EventDate.Basis.CONTEXT);
        assertThat(coded.events()).allSatisfy(e -> assertThat(e.date().start()).isBeforeOrEqualTo(LocalDate.of(2021, 2, 27)));
    }

    @Test
    void aFewMonthsLaterIsNotResolvedAgainstThePublicationDate() {
        var later = coded.times().stream().filter(t -> t.text().equals("a few months later")).findFirst().orElseThrow();
        assertThat(later.timexValue()).isEqualTo("2021-03-27");
        assertThat(later.resolved()).isNull();
    }

    @Test
    void referencesResolveToTheActorsNamedBefore() {
        Event brokeUp = only("break");
        assertThat(brokeUp.source().text()).isEqualTo("he");
        assertThat(brokeUp.source().code()).as("Trump during his administration").isEqualTo("USAGOV");
        assertThat(brokeUp.modality()).isEqualTo(Modality.NEGATED);
        Event increase = coded.events().stream().filter(e -> trigger(e).equals("increase") && e.sentence() == 15)
                .findFirst().orElseThrow();
        assertThat(increase.source().text()).isEqualTo("the organization");
        assertThat(increase.source().code()).isEqualTo("IGOWSTNAT");
        assertThat(only("withdraw", 14).target()).extracting(a -> a.text(), a -> a.code())
                .containsExactly("its troops", "USAMIL");
        assertThat(only("agreed").target().code()).isEqualTo("IRQGOV");
    }

    @Test
    void eventsArePlacedOnGeoNamesPlaces() {
        assertThat(only("bombings").place()).extracting(p -> p.geonamesId(), p -> p.country(), p -> p.basis())
                .containsExactly(174448L, "SY", "attached");
        assertThat(triggered("visiting")).allSatisfy(e -> assertThat(e.place().geonamesId()).isEqualTo(112931L));
        Event rocketAttack = only("attack", 24);
        assertThat(rocketAttack.place().name()).isEqualTo("Erbil");
        assertThat(rocketAttack.place().precision()).isEqualTo("admin1");
        assertThat(only("rejected").place()).extracting(p -> p.country(), p -> p.basis())
                .containsExactly("IQ", "actors");
        assertThat(coded.events()).allSatisfy(e -> assertThat(e.place()).as(e.text()).isNotNull());
    }

    @Test
    void everyPlaceMentionResolvesInContext() {
        assertThat(coded.places()).extracting(p -> p.text(), p -> p.place() == null ? null : p.place().geonamesId())
                .contains(org.assertj.core.groups.Tuple.tuple("Jordan", 248816L),
                        org.assertj.core.groups.Tuple.tuple("Beirut", 276781L),
                        org.assertj.core.groups.Tuple.tuple("Al Bukamal area", 174448L),
                        org.assertj.core.groups.Tuple.tuple("Baghdad", 98182L),
                        org.assertj.core.groups.Tuple.tuple("Tehran", 112931L));
        assertThat(coded.places()).allSatisfy(p -> {
            assertThat(p.span().of(text)).isEqualTo(p.text());
            assertThat(p.reason()).isNotBlank();
        });
    }

    @Test
    void theRepeatedHeadlineIsCodedOnceAndAsAQuestion() {
        List<Event> want = triggered("want");
        assertThat(want).hasSizeLessThanOrEqualTo(1);
        assertThat(want).allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.HYPOTHETICAL));
    }

    @Test
    void noSentenceRepeatsAnEvent() {
        Set<String> keys = new HashSet<>();
        for (Event e : coded.events()) {
            String key = e.sentence() + e.cameo().code() + e.source() + e.target();
            assertThat(keys.add(key)).as("duplicate " + key).isTrue();
        }
        // No floods: the densest sentence (14) states five events (an attack, two killings, a request, a withdrawal).
        java.util.Map<Integer, Long> perSentence = coded.events().stream()
                .collect(java.util.stream.Collectors.groupingBy(Event::sentence, java.util.stream.Collectors.counting()));
        assertThat(perSentence.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(5L));
    }

    @Test
    void mentionsCoverActorsTimesAndPlacesWithSpans() {
        assertThat(coded.mentions()).extracting(Mention::kind).contains(Mention.Kind.ACTOR, Mention.Kind.TIME,
                Mention.Kind.PLACE);
        assertThat(coded.mentions()).filteredOn(m -> m.kind() == Mention.Kind.TIME)
                .extracting(Mention::text, Mention::value)
                .contains(org.assertj.core.groups.Tuple.tuple("January of last year", "2020-01"));
        for (Mention m : coded.mentions()) assertThat(m.span().of(text)).isEqualTo(m.text());
    }

    private static List<Event> triggered(String word) {
        return coded.events().stream().filter(e -> trigger(e).equals(word)).toList();
    }

    private static Event only(String word, int sentence) {
        List<Event> events = triggered(word).stream().filter(e -> e.sentence() == sentence).toList();
        assertThat(events).as("events triggered by " + word + " in sentence " + sentence).hasSize(1);
        return events.get(0);
    }

    private static Event only(String word) {
        List<Event> events = triggered(word);
        assertThat(events).as("events triggered by " + word).hasSize(1);
        return events.get(0);
    }

    private static String trigger(Event e) {
        return e.trigger().of(text);
    }
}
