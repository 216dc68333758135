package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventStore;

/** The CLI reading every input format: the invented examples (feeds, web pages, JSON lines, WARC) into DuckDB. */
class SourcesCliTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path dir;

    @Test
    void ingestStoresEveryFormatWithItsPublicationDateAndReportsTheBadInput() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.rss"), "<rss><channel><item><description>Cut off");
        Path db = dir.resolve("sources.duckdb");
        CliTest.Run r = CliTest.run("ingest", EXAMPLES.toString(), broken.toString(), "--db", db.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("sitrep: " + broken + ": malformed XML at line 1, column 41: XML document "
                + "structures must start and end within the same entity.");
        assertThat(r.err()).contains("sitrep: note: " + EXAMPLES.resolve("warc/sample.warc.gz")
                + ": skipped 4 record(s) that are not HTML pages");
        assertThat(r.out()).contains("stored 13 article(s)", "1 failed");
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.count("articles")).isEqualTo(13);
            assertThat(store.count("events")).isPositive();
        }
        Map<String, String> published = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT origin, CAST(published AS VARCHAR) FROM articles")) {
            while (rs.next()) published.put(rs.getString(1).replaceAll(" \\(.*\\)$", ""), rs.getString(2));
        }
        String ex = EXAMPLES + "/";
        assertThat(published).containsAllEntriesOf(Map.ofEntries(
                Map.entry(ex + "nato-iraq.txt", "2021-02-27"),
                Map.entry(ex + "feeds/sample.atom#item 1", "2023-05-02"),
                Map.entry(ex + "feeds/sample.atom#item 2", "2023-05-03"),
                Map.entry(ex + "feeds/sample.rss#item 1", "2023-03-14"),
                Map.entry(ex + "feeds/sample.rss#item 2", "2023-03-15"),
                Map.entry(ex + "feeds/sample.rss#item 3", "2023-03-16"),
                Map.entry(ex + "lines/articles.jsonl:1", "2022-06-01"),
                Map.entry(ex + "lines/articles.jsonl:2", "2022-06-02"),
                Map.entry(ex + "web/article.html", "2022-10-04"),
                Map.entry(ex + "web/legacy-cp1252.html", "2022-06-08"),
                Map.entry(ex + "warc/sample.warc.gz#record 3", "2023-11-20"),
                Map.entry(ex + "warc/sample.warc.gz#record 5", "2023-11-21")))
                .hasSize(13).containsKey(ex + "lines/articles.jsonl:3");
        assertThat(published.get(ex + "lines/articles.jsonl:3")).as("no date anywhere: unknown, not today").isNull();
    }

    @Test
    void badItemsAreNamedPreciselyAndNothingIsCodedWhenNothingIsGood() throws Exception {
        Path lines = Files.writeString(dir.resolve("bad.jsonl"), "{\"title\": \"no text\"}\n{oops}\n");
        Path feed = Files.writeString(dir.resolve("links.rss"),
                "<rss><channel><item><link>https://news.example.org/a</link></item></channel></rss>");
        CliTest.Run r = CliTest.run("code", lines.toString(), feed.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(
                "sitrep: " + lines + ":1: no text field (\"text\", \"content\", \"body\" or \"html\")",
                "sitrep: " + lines + ":2: not valid JSON at column 2",
                "sitrep: " + feed + "#item 1: no text in the feed item, and Sitrep does not download its link "
                        + "https://news.example.org/a");
        assertThat(r.out()).isEmpty();
    }
}
