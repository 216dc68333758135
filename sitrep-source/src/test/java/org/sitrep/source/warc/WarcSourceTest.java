package org.sitrep.source.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.source.Fixtures.articles;
import static org.sitrep.source.Fixtures.concat;
import static org.sitrep.source.Fixtures.errors;
import static org.sitrep.source.Fixtures.example;
import static org.sitrep.source.Fixtures.gzip;
import static org.sitrep.source.Fixtures.notes;
import static org.sitrep.source.Fixtures.read;
import static org.sitrep.source.Fixtures.utf8;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.source.SourceItem;
import org.sitrep.source.SourceLimits;

class WarcSourceTest {
    private static final String DATED = "<html><head><meta property=\"article:published_time\" content=\"2023-06-01\">"
            + "<title>Dated</title></head><body><article><p>Dated page.</p></article></body></html>";

    @TempDir
    Path dir;

    private Path archive(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void htmlResponsesAreArticlesDatedByThePageNeverByTheCrawl() {
        Path sample = example("warc/sample.warc.gz");
        List<SourceItem> items = read(sample);
        List<Article> a = articles(items);
        assertThat(a).extracting(Article::origin).containsExactly(
                sample + "#record 3 (https://news.example.org/2023/11/20/au-chad-mediators)",
                sample + "#record 5 (https://news.example.org/2023/11/21/kenya-sudan-talks)");
        assertThat(a).extracting(Article::title).containsExactly("African Union sends mediators to Chad | Example News",
                "Kenya hosts Sudan ceasefire talks");
        assertThat(a).extracting(Article::published).as("meta tag, then dateline; WARC-Date is 2024-01-05")
                .containsExactly(LocalDate.of(2023, 11, 20), LocalDate.of(2023, 11, 21));
        assertThat(a.get(1).text()).as("chunked and gzip-encoded body").isEqualTo("NAIROBI, Nov. 21, 2023 (Example News) -"
                + " Kenya hosted talks between Sudan's warring parties on Tuesday and urged both sides to agree to a "
                + "ceasefire before the end of the month.\n\nDelegates from the two sides did not meet face to face, "
                + "Kenyan officials said.");
        assertThat(errors(items)).isEmpty();
        assertThat(notes(items)).containsExactly(sample + ": skipped 4 record(s) that are not HTML pages "
                + "(1 request, 1 response 404, 1 response image/png, 1 warcinfo)");
        assertThat(articles(read(SourceLimits.DEFAULT, LocalDate.of(2020, 2, 2), sample)))
                .extracting(Article::published).containsOnly(LocalDate.of(2020, 2, 2));
    }

    @Test
    void plainWarc10WithResourceRecordsAndAnHttpCharset() throws Exception {
        byte[] cp1252 = "<p>Bogot\u00e1 \u2013 no date here.</p>".getBytes(Charset.forName("windows-1252"));
        Path warc = archive("plain.warc", new WarcBuilder("WARC/1.0", false)
                .record("warcinfo", null, "application/warc-fields", utf8("software: test\r\n"))
                .record("response", "<http://a.example/latin>", "application/http; msgtype=response",
                        WarcBuilder.http("200 OK", "Content-Type: text/html; charset=windows-1252", cp1252))
                .record("resource", "http://a.example/saved", "text/html", utf8(DATED))
                .record("revisit", "http://a.example/latin", "application/http; msgtype=response", new byte[0])
                .bytes());
        List<SourceItem> items = read(warc);
        assertThat(articles(items)).extracting(Article::origin).containsExactly(warc + "#record 2 (http://a.example/latin)",
                warc + "#record 3 (http://a.example/saved)");
        assertThat(articles(items)).extracting(Article::text).containsExactly("Bogot\u00e1 \u2013 no date here.", "Dated page.");
        assertThat(articles(items)).extracting(Article::published).containsExactly(null, LocalDate.of(2023, 6, 1));
        assertThat(notes(items)).containsExactly(warc + ": skipped 2 record(s) that are not HTML pages (1 revisit, 1 warcinfo)");
    }

    @Test
    void aWholeFileGzippedArchiveReadsTheSame() throws Exception {
        byte[] plain = new WarcBuilder("WARC/1.1", false).page("http://a.example/1", DATED).bytes();
        Path warc = archive("whole.warc.gz", gzip(plain));
        assertThat(articles(read(warc))).extracting(Article::text).containsExactly("Dated page.");
    }

    @Test
    void badRecordsAreReportedAloneAndTheOthersRead() throws Exception {
        Path warc = archive("mixed.warc.gz", new WarcBuilder("WARC/1.1", true)
                .page("http://a.example/big", "<p>" + "x".repeat(3000) + "</p>")
                .record("response", "http://a.example/not-http", "application/http; msgtype=response", utf8("garbage"))
                .record("response", "http://a.example/br", "application/http; msgtype=response",
                        WarcBuilder.http("200 OK", "Content-Type: text/html\r\nContent-Encoding: br", new byte[] {1, 2}))
                .page("http://a.example/empty", "<html><body><nav>Menu only</nav></body></html>")
                .page("http://a.example/good", DATED)
                .bytes());
        List<SourceItem> items = read(new SourceLimits(1_000_000, 1_000_000, 2000), null, warc);
        assertThat(articles(items)).extracting(Article::origin).containsExactly(warc + "#record 5 (http://a.example/good)");
        assertThat(errors(items)).containsExactly(
                warc + "#record 1: record too large (3066 bytes; the limit is 2000)",
                warc + "#record 2 (http://a.example/not-http): not an HTTP response (no end of headers)",
                warc + "#record 3 (http://a.example/br): body compressed as \"br\", which Sitrep cannot decode",
                warc + "#record 4 (http://a.example/empty): no article text found in the HTML page");
    }

    @Test
    void aTruncatedOrDamagedArchiveKeepsTheRecordsBeforeTheDamage() throws Exception {
        byte[] good = new WarcBuilder("WARC/1.1", true).page("http://a.example/1", DATED).bytes();
        byte[] second = new WarcBuilder("WARC/1.1", false).page("http://a.example/2", DATED).bytes();
        Path truncated = archive("truncated.warc.gz", concat(good, gzip(Arrays.copyOf(second, second.length - 40))));
        byte[] damagedMember = gzip(second);
        damagedMember[damagedMember.length - 6] ^= 0x55;
        Path damaged = archive("damaged.warc.gz", concat(good, damagedMember));
        Path junkTail = archive("junk.warc", concat(new WarcBuilder("WARC/1.1", false).page("http://a.example/1", DATED)
                .bytes(), utf8("<html>not a record</html>")));
        List<SourceItem> items = read(truncated, damaged, junkTail);
        assertThat(articles(items)).hasSize(3).extracting(Article::origin).allMatch(o -> o.contains("#record 1 "));
        assertThat(errors(items)).containsExactly(
                truncated + "#record 2: truncated: the block ends after " + (DATED.length() + 23) + " of "
                        + (DATED.length() + 59) + " bytes; the records after it were not read",
                damaged + "#record 2: damaged gzip data: gzip member 2 fails its checksum (damaged data); the records"
                        + " after it were not read",
                junkTail + "#record 2: not a WARC record: expected a \"WARC/1.0\" or \"WARC/1.1\" line, found "
                        + "\"<html>not a record</html>\"; the records after it were not read");
    }

    @Test
    void archivesWithoutPagesAndFilesThatAreNotWarcAreErrors() throws Exception {
        Path images = archive("images.warc", new WarcBuilder("WARC/1.1", false)
                .record("warcinfo", null, "application/warc-fields", utf8("x: y\r\n"))
                .record("response", "http://a.example/i.png", "application/http; msgtype=response",
                        WarcBuilder.http("200 OK", "Content-Type: image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
                .bytes());
        Path notWarc = Files.writeString(dir.resolve("notes.warc"), "Just some notes.\n");
        Path noLength = Files.writeString(dir.resolve("nolength.warc"), "WARC/1.1\r\nWARC-Type: response\r\n\r\n");
        assertThat(errors(read(images, notWarc, noLength))).containsExactly(
                images + ": no HTML pages in the archive (1 response image/png, 1 warcinfo)",
                notWarc + ": not a WARC file (expected a \"WARC/1.0\" or \"WARC/1.1\" line, found \"Just some notes.\")",
                noLength + "#record 1: no Content-Length; the records after it were not read");
    }
}
