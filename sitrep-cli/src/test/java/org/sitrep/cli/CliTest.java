package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import picocli.CommandLine;

/** Runs the CLI as a user would, in this JVM (one shared CoreNLP pipeline), against real files and DuckDB. */
class CliTest {
    static final Path SEED = Path.of("..", "examples", "nato-iraq.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryCommand() {
        Run r = run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("demo", "code", "ingest", "events", "times", "places", "explain", "actor",
                "actors", "dictionaries", "eval", "bench");
        Run sub = run("code", "--help");
        assertThat(sub.exit()).isZero();
        assertThat(sub.out()).contains("--published", "--format", "--dictionaries");
    }

    @Test
    void codePrintsJsonlEventsWhoseSpansPointAtTheirSentence() throws Exception {
        String text = Files.readString(SEED);
        Run r = run("code", SEED.toString(), "--published", "2021-02-27", "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> events = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) events.add(JSON.readTree(line));
        }
        assertThat(events).hasSizeGreaterThanOrEqualTo(8);
        for (JsonNode e : events) {
            assertThat(e.get("cameo").get("code").isTextual()).isTrue();
            assertThat(e.get("cameo").get("code").asText()).matches("\\d{2,4}");
            boolean sourceCoded = e.get("source").isObject() && e.get("source").get("code").isTextual();
            boolean targetCoded = e.get("target").isObject() && e.get("target").get("code").isTextual();
            assertThat(sourceCoded || targetCoded).as(e.toString()).isTrue();
            int start = e.get("span").get("start").asInt();
            int end = e.get("span").get("end").asInt();
            assertThat(text.substring(start, end)).isEqualTo(e.get("text").asText());
            int ts = e.get("trigger").get("start").asInt();
            assertThat(ts).isBetween(start, end);
            assertThat(e.get("date").asText()).matches("\\d{4}(-\\d{2}){0,2}");
            assertThat(e.get("rule").asText()).isNotBlank();
            assertThat(e.fieldNames()).toIterable().contains("id", "article_id", "sentence", "date_precision",
                    "plover", "place", "modality");
        }
    }

    @Test
    void ingestStoresOnceAndEventsQueriesTheStore() {
        Path db = dir.resolve("data/sitrep.duckdb");
        Run first = run("ingest", SEED.toString(), "--db", db.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("stored 1 article(s)");
        long events;
        try (EventStore store = EventStore.open(db)) {
            events = store.count("events");
            assertThat(events).isGreaterThanOrEqualTo(8);
        }
        Run again = run("ingest", SEED.toString(), "--db", db.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("stored 0 article(s)", "1 already stored");
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.count("articles")).isEqualTo(1);
            assertThat(store.count("events")).isEqualTo(events);
            long iraqi = store.events(new EventQuery("IRQ", null, null, null, null, 0)).size();
            Run query = run("events", "--db", db.toString(), "--actor", "IRQ", "--format", "jsonl");
            assertThat(query.exit()).isZero();
            assertThat(query.out().lines().count()).isEqualTo(iraqi).isPositive();
            assertThat(query.out().lines()).allMatch(l -> l.contains("\"IRQ"));
        }
        Run table = run("events", "--db", db.toString(), "--from", "2020-01-01", "--to", "2020-12-31");
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("2020");
    }

    @Test
    void demoIngestsTheBundledExampleAndPrintsATable() {
        System.setProperty("sitrep.home", "..");
        Path db = dir.resolve("demo.duckdb");
        Run r = run("demo", "--db", db.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("published 2021-02-27", "source", "target", "cameo");
        assertThat(r.out()).containsPattern("\\d+ events");
    }

    @Test
    void badInputsFailWithTheFileNamedAndStoreNothing() throws Exception {
        Path missing = dir.resolve("missing.txt");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 3, 4, 0, 0, 0x14, 0});
        Path db = dir.resolve("bad.duckdb");
        for (Path bad : List.of(missing, empty, binary)) {
            Run r = run("ingest", bad.toString(), "--db", db.toString());
            assertThat(r.exit()).isNotZero();
            assertThat(r.err()).contains(bad.toString());
            assertThat(Files.exists(db)).as("store untouched").isFalse();
        }
        assertThat(run("code", missing.toString()).err()).contains(missing + ": no such file");
        assertThat(run("code", empty.toString()).err()).contains(empty + ": empty file");
        assertThat(run("code", binary.toString()).err()).contains(binary + ": binary file");
        assertThat(run("code", binary.toString()).exit()).isEqualTo(1);
    }

    @Test
    void oneBadInputDoesNotStopTheBatch() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path good = Files.writeString(dir.resolve("good.txt"),
                "Iraq's parliament condemned the United States on Monday.");
        Path db = dir.resolve("batch.duckdb");
        Run r = run("ingest", empty.toString(), good.toString(), "--db", db.toString(), "--published", "2021-02-27");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(empty + ": empty file");
        assertThat(r.out()).contains("stored 1 article(s)", "1 failed");
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.count("articles")).isEqualTo(1);
        }
    }

    @Test
    void timesListsEachExpressionWithOffsetsValueAndTheEventsItDates() throws Exception {
        String text = Files.readString(SEED);
        Run r = run("times", SEED.toString(), "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) rows.add(JSON.readTree(line));
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        for (JsonNode t : rows) {
            assertThat(text.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
            assertThat(t.get("type").asText()).isNotBlank();
            assertThat(t.get("reason").asText()).isNotBlank();
        }
        JsonNode january = rows.stream().filter(t -> t.get("text").asText().equals("January of last year"))
                .findFirst().orElseThrow();
        assertThat(january.get("value").asText()).isEqualTo("2020-01");
        assertThat(january.get("events").findValuesAsText("trigger")).contains("assassinated", "asked");
        Run table = run("times", SEED.toString());
        assertThat(table.out()).contains("this Thursday", "2021-02-25");
    }

    @Test
    void explainShowsTheParseTheActorsAndWhyEachPatternFired() {
        Run r = run("explain", "Iraqi officials condemned the US strike.", "--published", "2021-02-27");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("tokens:", "dependencies:", "nsubj(", "actor \"Iraqi officials\"", "-> IRQGOV",
                "(verb condemn)", "code 111", "-> event IRQGOV 111", "1 event");
        Run none = run("explain", "The weather was pleasant.");
        assertThat(none.out()).contains("0 events");
    }

    @Test
    void placesListsEachMentionWithItsGeoNamesPlaceAndReason() throws Exception {
        String text = Files.readString(SEED);
        Run r = run("places", SEED.toString(), "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) rows.add(JSON.readTree(line));
        }
        assertThat(rows).hasSizeGreaterThan(20);
        for (JsonNode p : rows) {
            assertThat(text.substring(p.get("start").asInt(), p.get("end").asInt())).isEqualTo(p.get("text").asText());
            assertThat(p.get("reason").asText()).isNotBlank();
        }
        JsonNode bukamal = rows.stream().filter(p -> p.get("text").asText().startsWith("Al Bukamal")).findFirst()
                .orElseThrow();
        assertThat(bukamal.get("geonames_id").asLong()).isEqualTo(174448L);
        assertThat(bukamal.get("country").asText()).isEqualTo("SY");
        assertThat(bukamal.get("feature_code").asText()).startsWith("PPL");
        assertThat(run("places", SEED.toString()).out()).contains("Jordan", "248816");
    }

    @Test
    void actorExplainsDatedRolesAndComposition() {
        Run nato = run("actor", "Stoltenberg", "--on", "2021-02-15");
        assertThat(nato.exit()).isZero();
        assertThat(nato.out()).startsWith("\"Stoltenberg\" on 2021-02-15 -> IGOWSTNAT").contains("sitrep.actors:");
        assertThat(run("actor", "Stoltenberg", "--on", "2012-01-01").out()).startsWith("\"Stoltenberg\" on 2012-01-01 -> NORGOV");
        assertThat(run("actor", "Iraqi", "officials").out()).contains("-> IRQGOV");
        Run unknown = run("actor", "Zorblat", "Quux");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.out()).contains("no actor");
    }

    @Test
    void unknownActorsAreListedReadyToPaste() {
        Path db = dir.resolve("u.duckdb");
        run("ingest", SEED.toString(), "--db", db.toString());
        Run r = run("actors", "--unknown", "--db", db.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("sitrep-actors 1").contains("actor Valeria Rodriguez", "#  code ???")
                .doesNotContain("actor Soleimani", "actor Jens Stoltenberg");
    }

    @Test
    void aMalformedDictionaryFailsWithFileAndLine() throws Exception {
        Path dicts = Files.createDirectories(dir.resolve("dicts"));
        Files.writeString(dicts.resolve("mine.actors"), "sitrep-actors 1\nactor Castro\n  code USAMIL CUB 120]--\n");
        Run check = run("dictionaries", "check", dicts.toString());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.err()).contains("mine.actors:3:");
        Run code = run("code", SEED.toString(), "--dictionaries", dicts.toString());
        assertThat(code.exit()).isEqualTo(1);
        assertThat(code.err()).contains("mine.actors:3:");
        Files.writeString(dicts.resolve("mine.actors"), "sitrep-actors 1\nactor Valeria Rodriguez\n  code USAMED\n");
        assertThat(run("dictionaries", "check", dicts.toString()).out()).contains("1 actors", "ok");
        assertThat(run("actor", "Valeria", "Rodriguez", "--dictionaries", dicts.toString()).out()).contains("-> USAMED");
    }

    @Test
    void malformedQueriesAreUsageErrors() {
        Path db = dir.resolve("q.duckdb");
        run("ingest", SEED.toString(), "--db", db.toString());
        Run badDate = run("events", "--db", db.toString(), "--from", "February");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("'February' is not a date");
        Run badCode = run("events", "--db", db.toString(), "--code", "ABC");
        assertThat(badCode.exit()).isEqualTo(2);
        assertThat(badCode.err()).contains("not a CAMEO code");
    }
}
