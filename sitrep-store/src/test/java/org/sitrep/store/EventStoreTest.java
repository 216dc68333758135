package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.CameoCoding;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.PloverCoding;
import org.sitrep.model.Span;

class EventStoreTest {
    @TempDir
    Path dir;

    private static final String TEXT = "Iraq condemned the US strike. NATO visited Tehran in January 2020.";

    private static CodedArticle sample(String id) {
        Article a = new Article(id, "a.txt", "A", TEXT, LocalDate.of(2021, 2, 27));
        Event e1 = new Event(id + "-0-1-0", id, 0, new Span(0, 29), TEXT.substring(0, 29),
                EventDate.of(LocalDate.of(2021, 2, 27), LocalDate.of(2021, 2, 27), EventDate.Basis.PUBLISHED, null, null),
                new ActorRef("IRQ", "Iraq", new Span(0, 4)), new ActorRef("USAMIL", "the US strike", new Span(15, 28)),
                new CameoCoding("111", "11", -2.0, 3), new PloverCoding("ACCUSE", "disapprove", null), null,
                Modality.ASSERTED, null, new Span(5, 14), "verb condemn");
        Event e2 = new Event(id + "-1-1-0", id, 1, new Span(30, 66), TEXT.substring(30, 66),
                EventDate.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31), EventDate.Basis.TEXT, new Span(53, 65), null),
                new ActorRef("IGOWSTNAT", "NATO", new Span(30, 34)), new ActorRef("IRNGOV", "Tehran", new Span(43, 49)),
                new CameoCoding("042", "04", 1.9, 1), new PloverCoding("CONSULT", "visit", null),
                new Place("Tehran", 112931L, "IR", "Tehran", "PPLC", 35.69, 51.42, "city", "attached"),
                Modality.REPORTED, new ActorRef("GBRMED", "Reuters", new Span(1, 8)), new Span(35, 42), "verb visit");
        Mention m = new Mention(Mention.Kind.ACTOR, 0, new Span(0, 4), "Iraq", "IRQ", "countries.actors:1");
        return new CodedArticle(a, 2, List.of(m), List.of(), List.of(), List.of(e1, e2));
    }

    @Test
    void storesOnceAndSurvivesReopening() {
        Path db = dir.resolve("sub/sitrep.duckdb");
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.store(sample("a1"))).isTrue();
            assertThat(store.store(sample("a1"))).isFalse();
        }
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.count("articles")).isEqualTo(1);
            assertThat(store.count("events")).isEqualTo(2);
            assertThat(store.count("mentions")).isEqualTo(1);
            Event e = store.events(EventQuery.all()).get(1);
            assertThat(e).isEqualTo(sample("a1").events().get(1));
        }
    }

    @Test
    void filtersByActorPrefixCodePrefixAndDatePeriod() {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.store(sample("a1"));
            assertThat(ids(store, new EventQuery("IRN", null, null, null, null, 0))).containsExactly("a1-1-1-0");
            assertThat(ids(store, new EventQuery("USA", null, null, null, null, 0))).containsExactly("a1-0-1-0");
            assertThat(ids(store, new EventQuery(null, "04", null, null, null, 0))).containsExactly("a1-1-1-0");
            assertThat(ids(store, new EventQuery(null, null, LocalDate.of(2020, 1, 31), LocalDate.of(2020, 1, 31),
                    null, 0))).containsExactly("a1-1-1-0");
            assertThat(ids(store, new EventQuery(null, null, LocalDate.of(2021, 1, 1), null, null, 0)))
                    .containsExactly("a1-0-1-0");
            assertThat(ids(store, new EventQuery(null, null, null, null, null, 1))).hasSize(1);
        }
    }

    @Test
    void failedWriteLeavesNothingHalfStored() {
        try (EventStore store = EventStore.open(dir.resolve("t.duckdb"))) {
            store.store(sample("a1"));
            CodedArticle clash = sample("a2");
            // Same event ids as a1: the second event insert violates the primary key mid-article.
            CodedArticle bad = new CodedArticle(clash.article(), 2, clash.mentions(), List.of(), List.of(),
                    List.of(clash.events().get(0), sample("a1").events().get(0)));
            assertThatThrownBy(() -> store.store(bad)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("nothing of it was stored");
            assertThat(store.contains("a2")).isFalse();
            assertThat(store.count("events")).isEqualTo(2);
            assertThat(store.count("mentions")).isEqualTo(1);
            // The next article stores only its own rows: nothing of the failed one lingers.
            assertThat(store.store(sample("a3"))).isTrue();
            assertThat(store.count("events")).isEqualTo(4);
            assertThat(store.count("mentions")).isEqualTo(2);
        }
    }

    @Test
    void aFileThatIsNotADatabaseFailsWithItsName() throws Exception {
        Path junk = java.nio.file.Files.writeString(dir.resolve("junk.duckdb"), "not a database");
        assertThatThrownBy(() -> EventStore.open(junk)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(junk + ": cannot open the store");
        assertThat(java.nio.file.Files.readString(junk)).isEqualTo("not a database");
    }

    private static List<String> ids(EventStore store, EventQuery q) {
        return store.events(q).stream().map(Event::id).toList();
    }
}
