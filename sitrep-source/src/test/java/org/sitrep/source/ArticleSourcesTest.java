package org.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.source.Fixtures.articles;
import static org.sitrep.source.Fixtures.errors;
import static org.sitrep.source.Fixtures.example;
import static org.sitrep.source.Fixtures.gzip;
import static org.sitrep.source.Fixtures.notes;
import static org.sitrep.source.Fixtures.read;
import static org.sitrep.source.Fixtures.utf8;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

class ArticleSourcesTest {
    @TempDir
    Path dir;

    @Test
    void theExamplesFolderReadsEveryFormatWithItsPublicationDates() {
        List<SourceItem> items = read(Fixtures.EXAMPLES);
        assertThat(errors(items)).isEmpty();
        Map<String, LocalDate> dates = articles(items).stream().collect(Collectors.toMap(
                a -> a.origin().replaceAll(" \\(.*\\)$", ""), a -> a.publishedDate().orElse(LocalDate.MIN)));
        assertThat(dates).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(example("nato-iraq.txt").toString(), LocalDate.of(2021, 2, 27)),
                Map.entry(example("feeds/sample.rss") + "#item 1", LocalDate.of(2023, 3, 14)),
                Map.entry(example("feeds/sample.rss") + "#item 2", LocalDate.of(2023, 3, 15)),
                Map.entry(example("feeds/sample.rss") + "#item 3", LocalDate.of(2023, 3, 16)),
                Map.entry(example("feeds/sample.atom") + "#item 1", LocalDate.of(2023, 5, 2)),
                Map.entry(example("feeds/sample.atom") + "#item 2", LocalDate.of(2023, 5, 3)),
                Map.entry(example("web/article.html").toString(), LocalDate.of(2022, 10, 4)),
                Map.entry(example("web/legacy-cp1252.html").toString(), LocalDate.of(2022, 6, 8)),
                Map.entry(example("lines/articles.jsonl") + ":1", LocalDate.of(2022, 6, 1)),
                Map.entry(example("lines/articles.jsonl") + ":2", LocalDate.of(2022, 6, 2)),
                Map.entry(example("lines/articles.jsonl") + ":3", LocalDate.MIN),
                Map.entry(example("warc/sample.warc.gz") + "#record 3", LocalDate.of(2023, 11, 20)),
                Map.entry(example("warc/sample.warc.gz") + "#record 5", LocalDate.of(2023, 11, 21))));
        assertThat(notes(items)).containsExactly(example("warc/sample.warc.gz")
                + ": skipped 4 record(s) that are not HTML pages (1 request, 1 response 404, 1 response image/png, 1 warcinfo)");
    }

    @Test
    void aFolderMixingFormatsWithOneBadInputReadsTheRest() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(folder.resolve("a.txt"), "BAGHDAD, Feb. 27, 2021 - Iraq's parliament voted.");
        Files.writeString(folder.resolve("b.html"), "<html><body><article><p>Page text.</p></article></body></html>");
        Files.writeString(folder.resolve("c.rss"), "<rss><channel><item><title>T</title><description>Item text."
                + "</description><pubDate>Mon, 01 Mar 2021 08:00:00 GMT</pubDate></item></channel></rss>");
        Files.writeString(folder.resolve("d.jsonl"), "{\"text\": \"Line text.\", \"published\": \"2021-03-02\"}\n");
        Files.write(folder.resolve("e.txt.gz"), gzip(utf8("Compressed text.")));
        Files.write(folder.resolve("f.txt"), new byte[] {'M', 'Z', 0, 0, 3, 0});
        Files.writeString(folder.resolve("a.meta"), "title = A\n");
        Files.writeString(folder.resolve("notes.md"), "not read: unknown extension");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/HEAD.txt"), "hidden: not read");
        List<SourceItem> items = read(folder);
        assertThat(articles(items)).extracting(Article::origin).containsExactly(folder.resolve("a.txt").toString(),
                folder.resolve("b.html").toString(), folder.resolve("c.rss") + "#item 1",
                folder.resolve("d.jsonl") + ":1", folder.resolve("e.txt.gz").toString());
        assertThat(articles(items)).extracting(Article::text).containsExactly(
                "BAGHDAD, Feb. 27, 2021 - Iraq's parliament voted.", "Page text.", "Item text.", "Line text.",
                "Compressed text.");
        assertThat(articles(items)).extracting(Article::published).containsExactly(LocalDate.of(2021, 2, 27), null,
                LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 2), null);
        assertThat(articles(items).get(0).title()).isEqualTo("A");
        assertThat(errors(items)).containsExactly(folder.resolve("f.txt") + ": binary file, not text (NUL byte at offset 2)");
    }

    @Test
    void publishedOverrideWinsOverEveryOtherSource() {
        LocalDate override = LocalDate.of(2020, 1, 1);
        List<SourceItem> items = read(SourceLimits.DEFAULT, override, Fixtures.EXAMPLES);
        assertThat(articles(items)).hasSize(13).allSatisfy(a -> assertThat(a.published()).isEqualTo(override));
    }

    @Test
    void theSameTextIsTheSameArticleWhateverItsFormat() throws Exception {
        Path txt = Files.writeString(dir.resolve("x.txt"), "Same text.");
        Path jsonl = Files.writeString(dir.resolve("x.jsonl"), "{\"text\": \"Same text.\"}");
        Path html = Files.writeString(dir.resolve("x.html"), "<p>Same text.</p>");
        assertThat(articles(read(txt, jsonl, html))).extracting(Article::id).containsOnly(ArticleIds.of("Same text."));
    }

    @Test
    void formatIsSniffedFromContentWhenTheNameDoesNotTell() throws Exception {
        Path feed = Files.writeString(dir.resolve("feed"), "<?xml version=\"1.0\"?>\n<!-- c -->\n<feed xmlns="
                + "\"http://www.w3.org/2005/Atom\"><entry><title>E</title><summary>Entry text.</summary></entry></feed>");
        Path page = Files.writeString(dir.resolve("page.txt"), "<!DOCTYPE html><html><body><p>Page.</p></body></html>");
        Path lines = Files.writeString(dir.resolve("export"), "{\"text\": \"Line.\"}\n");
        Path text = Files.writeString(dir.resolve("README"), "Plain <b>text</b> with a tag stays text.");
        assertThat(articles(read(feed, page, lines, text))).extracting(Article::text)
                .containsExactly("Entry text.", "Page.", "Line.", "Plain <b>text</b> with a tag stays text.");
    }

    @Test
    void badInputsAreNamedWithTheReason() throws Exception {
        Path missing = dir.resolve("missing.html");
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));
        Path pdf = Files.write(dir.resolve("report.pdf"), utf8("%PDF-1.7\n..."));
        Path zip = Files.write(dir.resolve("archive.xml"), new byte[] {0x50, 0x4b, 3, 4, 0, 0});
        Path junk = Files.write(dir.resolve("junk.jsonl"), new byte[] {'{', 0, 1, 2, (byte) 0xff});
        Path emptyGz = Files.write(dir.resolve("nothing.txt.gz"), gzip(new byte[0]));
        Path badGz = Files.write(dir.resolve("broken.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
        Path folder = Files.createDirectories(dir.resolve("no-articles"));
        Files.writeString(folder.resolve("notes.md"), "x");
        assertThat(errors(read(missing, empty, pdf, zip, junk, emptyGz, badGz, folder))).containsExactly(
                missing + ": no such file",
                empty + ": empty file (no text to code)",
                pdf + ": binary file, not text (looks like a PDF document)",
                zip + ": binary file, not text (looks like a ZIP archive, e.g. .docx or .xlsx)",
                junk + ": binary file, not text (NUL byte at offset 1)",
                emptyGz + ": empty file (no text to code)",
                badGz + ": damaged gzip data: gzip data is truncated (in a member header)",
                folder + ": no file in the folder that Sitrep reads (.atom, .htm, .html, .json, .jsonl, .ndjson, .rss,"
                        + " .text, .txt, .warc, .xhtml, .xml, optionally gzipped)");
    }

    @Test
    void sizeLimitsApplyToFilesAndToDecompressedData() throws Exception {
        Path big = Files.writeString(dir.resolve("big.html"), "<p>" + "x".repeat(2000) + "</p>");
        Path bomb = Files.write(dir.resolve("bomb.txt.gz"), gzip(utf8("y".repeat(100_000))));
        List<SourceItem> items = read(new SourceLimits(1000, 1_000_000, 1000), null, big, bomb);
        assertThat(errors(items)).containsExactly(big + ": too large (2007 bytes; the limit is 1000)",
                bomb + ": too large when decompressed (the limit is 1000 bytes)");
    }

    @Test
    void plainTextStaysStrictUtf8() throws Exception {
        Path latin = Files.write(dir.resolve("latin.txt"), "Bogot\u00e1".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(errors(read(latin))).containsExactly(latin + ": not valid UTF-8 text (bad byte 0xE1 at offset 5);"
                + " convert it to UTF-8 first, e.g. iconv -f WINDOWS-1252 -t UTF-8");
    }
}
