package org.sitrep.source.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.source.Fixtures.articles;
import static org.sitrep.source.Fixtures.errors;
import static org.sitrep.source.Fixtures.example;
import static org.sitrep.source.Fixtures.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.source.SourceLimits;

class HtmlSourceTest {
    @TempDir
    Path dir;

    private Article one(Path file) {
        var items = read(file);
        assertThat(errors(items)).isEmpty();
        return articles(items).get(0);
    }

    private Path page(String name, String html) throws Exception {
        return Files.writeString(dir.resolve(name), html);
    }

    @Test
    void extractsTheArticleNotThePageChrome() {
        Article a = one(example("web/article.html"));
        assertThat(a.title()).isEqualTo("Ghana and Togo reopen main border crossing");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 10, 4));
        assertThat(a.text()).isEqualTo("""
                By Example Staff \u00b7 4 October 2022

                ACCRA \u2014 Ghana and Togo reopened the Aflao crossing on Monday, ending a closure that had \
                stranded hundreds of traders for two weeks.

                Ghana\u2019s foreign minister met her Togolese counterpart at the border post and praised the \
                \u201cquick and calm\u201d talks that led to the agreement.
                Both governments said customs officers would work extended hours this week.

                The crossing was closed on September 19 after a dispute over new transit fees. The Economic \
                Community of West African States (ECOWAS) had urged both sides to resolve the dispute.""");
        assertThat(a.text()).doesNotContain("Politics", "Share", "Related", "Most read", "newsletter", "rights",
                "Trucks wait", "analytics", "font-family");
    }

    @Test
    void withoutArticleMarkupTheDensestBlockOfParagraphsIsTheArticle() throws Exception {
        Article a = one(page("plain.html", """
                <html><head><title>T</title></head><body>
                <div class="top"><p>Short promo line.</p></div>
                <div class="content"><p>First paragraph of the story.</p><p>Second paragraph of the story.</p>
                <p>Third paragraph.</p></div>
                <div><p>A comment.</p></div></body></html>"""));
        assertThat(a.text()).isEqualTo("First paragraph of the story.\n\nSecond paragraph of the story.\n\nThird paragraph.");
    }

    @Test
    void aPageWideFormOrSidebarClassDoesNotSwallowTheArticle() throws Exception {
        Article a = one(page("aspnet.html", """
                <html><body class="with-sidebar"><form id="aspnetForm"><div class="nav">Menu</div>
                <div id="story"><p>The story, long enough to be the article.</p><p>More of it.</p></div>
                </form></body></html>"""));
        assertThat(a.text()).isEqualTo("The story, long enough to be the article.\n\nMore of it.");
    }

    @Test
    void listsHeadingsAndLineBreaksKeepTheirShape() throws Exception {
        Article a = one(page("shape.html", """
                <article><h1>Headline</h1><p>Lead&nbsp;paragraph   with
                   spaces.</p><h2>Subhead</h2><ul><li>One</li><li>Two &amp; three</li></ul>
                <p>Line one<br>line two<br><br>new paragraph</p><table><tr><td>a</td><td>b</td></tr></table></article>"""));
        assertThat(a.title()).isEqualTo("Headline");
        assertThat(a.text()).isEqualTo("Lead paragraph with spaces.\n\nSubhead\n\nOne\n\nTwo & three\n\n"
                + "Line one\nline two\n\nnew paragraph\n\na b");
    }

    @Test
    void datePrecedenceWithinThePage() throws Exception {
        String body = "<body><article><p>WASHINGTON, Jan. 5, 2020 - Text.</p>"
                + "<time datetime=\"2020-01-04\">yesterday</time></article></body>";
        String ld = "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebPage\"}, "
                + "{\"@type\": \"NewsArticle\", \"datePublished\": \"2020-01-02T10:00:00+01:00\"}]}</script>";
        String named = "<meta name=\"DC.date.issued\" content=\"2020-01-03\">";
        String og = "<meta property=\"article:published_time\" content=\"2020-01-01T09:00:00Z\">";
        assertThat(one(page("og.html", "<head>" + named + ld + og + "</head>" + body)).published())
                .isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(one(page("ld.html", "<head>" + named + ld + "</head>" + body)).published())
                .isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(one(page("named.html", "<head>" + named + "</head>" + body)).published())
                .isEqualTo(LocalDate.of(2020, 1, 3));
        assertThat(one(page("time.html", body)).published()).isEqualTo(LocalDate.of(2020, 1, 4));
        assertThat(one(page("dateline.html", "<p>WASHINGTON, Jan. 5, 2020 - Text.</p>")).published())
                .isEqualTo(LocalDate.of(2020, 1, 5));
        assertThat(one(page("unknown.html", "<p>No date anywhere.</p>")).published()).isNull();
        Path junk = page("junk.html", "<head><meta property=\"article:published_time\" content=\"soon\">"
                + "<meta name=\"date\" content=\"2020-01-06\"></head><p>Text.</p>");
        assertThat(one(junk).published()).as("a meta that is not a date is passed over").isEqualTo(LocalDate.of(2020, 1, 6));
        assertThat(articles(read(SourceLimits.DEFAULT, LocalDate.of(2019, 12, 31), dir.resolve("og.html"))).get(0)
                .published()).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void titleFromOpenGraphElseTitleElseHeading() throws Exception {
        assertThat(one(page("t1.html", "<head><title>Site | Story</title><meta property=\"og:title\" content=\"Story\">"
                + "</head><p>x</p>")).title()).isEqualTo("Story");
        assertThat(one(page("t2.html", "<head><title>Site | Story</title></head><h1>H</h1><p>x</p>")).title())
                .isEqualTo("Site | Story");
        assertThat(one(page("t3.html", "<h1>Heading &amp; more</h1><p>x</p>")).title()).isEqualTo("Heading & more");
    }

    @Test
    void declaredCharsetsAndByteOrderMarksAreHonoured() throws Exception {
        String html = "<p>Bogot\u00e1 \u2013 \u201cs\u00ed\u201d</p>";
        Charset cp1252 = Charset.forName("windows-1252");
        Path meta = Files.write(dir.resolve("meta.html"), ("<meta charset=\"windows-1252\">" + html).getBytes(cp1252));
        Path equiv = Files.write(dir.resolve("equiv.html"), ("<meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=ISO-8859-1\">" + html).getBytes(cp1252));
        Path xml = Files.write(dir.resolve("x.xhtml"), ("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Bogot\u00e1 \u20ac</p></body></html>")
                .getBytes(Charset.forName("ISO-8859-15")));
        byte[] utf16 = ("\ufeff" + html).getBytes(StandardCharsets.UTF_16LE);
        Path bom = Files.write(dir.resolve("bom.html"), utf16);
        assertThat(articles(read(meta, equiv, xml, bom))).extracting(Article::text).containsExactly(
                "Bogot\u00e1 \u2013 \u201cs\u00ed\u201d", "Bogot\u00e1 \u2013 \u201cs\u00ed\u201d",
                "Bogot\u00e1 \u20ac", "Bogot\u00e1 \u2013 \u201cs\u00ed\u201d");
        assertThat(one(example("web/legacy-cp1252.html")).text()).startsWith("BOGOT\u00c1, June 8, 2022 \u2013 Colombia");
    }

    @Test
    void encodingErrorsNameTheFileTheCharsetAndTheByte() throws Exception {
        Path undeclared = Files.write(dir.resolve("undeclared.html"),
                "<p>Bogot\u00e1</p>".getBytes(StandardCharsets.ISO_8859_1));
        Path lying = Files.write(dir.resolve("lying.html"),
                "<meta charset=\"utf-8\"><p>Bogot\u00e1</p>".getBytes(StandardCharsets.ISO_8859_1));
        Path unknown = Files.write(dir.resolve("unknown.html"),
                "<meta charset=\"x-klingon\"><p>Bogot\u00e1</p>".getBytes(StandardCharsets.ISO_8859_1));
        Path fine = Files.writeString(dir.resolve("fine.html"), "<meta charset=\"x-klingon\"><p>Bogot\u00e1</p>");
        Path binary = Files.write(dir.resolve("binary.html"), new byte[] {'<', 'p', '>', 0, 1, 2});
        Path empty = Files.writeString(dir.resolve("empty.html"), "<html><body><nav>Menu</nav><script>x()</script></body></html>");
        var items = read(undeclared, lying, unknown, fine, binary, empty);
        assertThat(errors(items)).containsExactly(
                undeclared + ": not valid UTF-8 text and no charset declared (bad byte 0xE1 at offset 8); add "
                        + "<meta charset=\"...\"> naming its encoding, or convert it to UTF-8",
                lying + ": not valid UTF-8, the charset it declares (bad byte 0xE1 at offset 30)",
                unknown + ": declares the charset \"x-klingon\", which Sitrep does not know, and is not valid UTF-8"
                        + " (bad byte 0xE1 at offset 34)",
                binary + ": binary file, not text (NUL byte at offset 3)",
                empty + ": no article text found in the HTML page");
        assertThat(articles(items)).extracting(Article::text).containsExactly("Bogot\u00e1");
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() throws Exception {
        String deep = "<div>".repeat(100_000) + "<p>Deep text.</p>" + "</div>".repeat(100_000);
        assertThat(one(page("deep.html", deep)).text()).isEqualTo("Deep text.");
    }
}
