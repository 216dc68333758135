package org.sitrep.source.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.source.Fixtures.articles;
import static org.sitrep.source.Fixtures.errors;
import static org.sitrep.source.Fixtures.example;
import static org.sitrep.source.Fixtures.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.source.SourceItem;
import org.sitrep.source.SourceLimits;

class JsonLinesSourceTest {
    @TempDir
    Path dir;

    @Test
    void eachLineIsAnArticleWithItsFields() {
        Path file = example("lines/articles.jsonl");
        List<Article> a = articles(read(file));
        assertThat(a).extracting(Article::origin).containsExactly(
                file + ":1 (https://news.example.org/2022/06/01/peru-cabinet)", file + ":2", file + ":3");
        assertThat(a).extracting(Article::title).containsExactly("Peru's Congress censures interior minister",
                "Senegal and Mauritania sign gas revenue accord", "Bolivian miners block highway");
        assertThat(a).extracting(Article::published).containsExactly(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 2),
                null);
        assertThat(a.get(0).text()).startsWith("LIMA, June 1 (Example Wire) - Peru's Congress voted on Tuesday")
                .contains("forcing him to resign.\n\nThe president's office");
        assertThat(a.get(2).text()).startsWith("Miners blocked the main highway");
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndSkipped() throws Exception {
        Path f = Files.write(dir.resolve("mixed.jsonl"), String.join("\n",
                "{\"text\": \"Good one.\", \"id\": 7}",
                "{bad json}",
                "",
                "[1, 2]",
                "{\"title\": \"no text\"}",
                "{\"text\": 42}",
                "{\"text\": \"   \"}",
                "{\"text\": \"Dated badly.\", \"published\": \"last week\"}",
                "{\"text\": \"a\"} {\"text\": \"b\"}",
                "{\"text\": \"cut off",
                "{\"text\": \"Good two.\", \"date\": 1614420900}\r").getBytes(StandardCharsets.UTF_8));
        List<SourceItem> items = read(f);
        assertThat(articles(items)).extracting(Article::origin).containsExactly(f + ":1 (id 7)", f + ":11");
        assertThat(articles(items).get(1).published()).as("epoch seconds, UTC").isEqualTo(LocalDate.of(2021, 2, 27));
        assertThat(errors(items)).satisfiesExactly(
                e -> assertThat(e).startsWith(f + ":2: not valid JSON at column 2: Unexpected character ('b'"),
                e -> assertThat(e).isEqualTo(f + ":4: not a JSON object (one object per line, with a \"text\")"),
                e -> assertThat(e).isEqualTo(f + ":5: no text field (\"text\", \"content\", \"body\" or \"html\")"),
                e -> assertThat(e).isEqualTo(f + ":6: \"text\" is not a string"),
                e -> assertThat(e).isEqualTo(f + ":7: \"text\" is empty"),
                e -> assertThat(e).isEqualTo(f + ":8: \"published\" is not a date: \"last week\" (use YYYY-MM-DD or ISO 8601)"),
                e -> assertThat(e).isEqualTo(f + ":9: not valid JSON at column 15: more than one JSON value on the line"),
                e -> assertThat(e).startsWith(f + ":10: not valid JSON at column 18: Unexpected end-of-input")
                        .endsWith("; each line must hold one whole JSON object"));
    }

    @Test
    void otherFieldNamesAndHtmlText() throws Exception {
        Path f = Files.writeString(dir.resolve("other.ndjson"), String.join("\n",
                "{\"content\": \"From content.\", \"published_at\": \"2021-03-01T23:00:00-05:00\", \"headline\": \"H\"}",
                "{\"body\": \"From body.\", \"datePublished\": \"Tue, 02 Mar 2021 10:00:00 GMT\", \"url\": \"https://x.example/2\"}",
                "{\"html\": \"<p>First &amp; one.</p><p>Second.</p>\", \"date\": 1614729600000}",
                "{\"text\": \"<p>Markup in text.</p><p>Is HTML.</p>\"}",
                "{\"text\": \"A < B & C > D stays text.\"}"));
        List<Article> a = articles(read(f));
        assertThat(a).extracting(Article::text).containsExactly("From content.", "From body.",
                "First & one.\n\nSecond.", "Markup in text.\n\nIs HTML.", "A < B & C > D stays text.");
        assertThat(a).extracting(Article::published).containsExactly(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 2),
                LocalDate.of(2021, 3, 3), null, null);
        assertThat(a.get(0).title()).isEqualTo("H");
    }

    @Test
    void theOverrideWinsOverTheField() {
        List<Article> a = articles(read(SourceLimits.DEFAULT, LocalDate.of(2020, 5, 5), example("lines/articles.jsonl")));
        assertThat(a).extracting(Article::published).containsOnly(LocalDate.of(2020, 5, 5));
    }

    @Test
    void aLineTooLongOrNotUtf8IsRefusedAloneAndAnArrayOrJunkFileAsAWhole() throws Exception {
        byte[] latin = "{\"text\": \"Bogot\u00e1\"}".getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(dir.resolve("long.jsonl"), concat(
                ("{\"text\": \"" + "x".repeat(500) + "\"}\n{\"text\": \"Short.\"}\n").getBytes(StandardCharsets.UTF_8),
                latin));
        List<SourceItem> items = read(new SourceLimits(1_000_000, 1_000_000, 100), null, f);
        assertThat(errors(items)).containsExactly(f + ":1: line too long (more than 100 bytes)",
                f + ":3: not valid UTF-8 (bad byte 0xE1 at offset 15 in the line)");
        assertThat(articles(items)).extracting(Article::text).containsExactly("Short.");

        Path array = Files.writeString(dir.resolve("array.json"), "[\n  {\"text\": \"a\"}\n]\n");
        Path prose = Files.writeString(dir.resolve("prose.jsonl"), "Just prose,\n".repeat(30));
        Path blank = Files.writeString(dir.resolve("blank.jsonl"), "\n\n  \n");
        List<String> errors = errors(read(array, prose, blank));
        assertThat(errors).contains(array + ": a JSON array; Sitrep reads JSON lines (one JSON object per line)",
                prose + ": gave up after 20 bad lines and no good one; is it JSON lines (one JSON object per line)?",
                blank + ": empty file (no JSON objects)");
        assertThat(errors).hasSize(3 + 20);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
