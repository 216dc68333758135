package org.sitrep.source.feed;

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

class FeedSourceTest {
    @TempDir
    Path dir;

    private Path feed(String name, String xml) throws Exception {
        return Files.writeString(dir.resolve(name), xml);
    }

    private static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Feed</title>\n"
                + items + "</channel></rss>\n";
    }

    @Test
    void rssItemsAreArticlesWithTheirFullContentAsText() {
        Path sample = example("feeds/sample.rss");
        List<Article> a = articles(read(sample));
        assertThat(a).extracting(Article::origin).containsExactly(
                sample + "#item 1 (https://news.example.org/2023/03/14/kenya-ethiopia-border)",
                sample + "#item 2 (https://news.example.org/2023/03/15/chile-pensions)",
                sample + "#item 3 (https://news.example.org/2023/03/16/moldova-ambassador)");
        assertThat(a).extracting(Article::title).containsExactly("Kenya and Ethiopia agree to joint border patrols",
                "Chilean lawmakers reject pension bill", "Moldova recalls its ambassador");
        assertThat(a).extracting(Article::published).containsExactly(LocalDate.of(2023, 3, 14),
                LocalDate.of(2023, 3, 15), LocalDate.of(2023, 3, 16));
        assertThat(a.get(0).text()).startsWith("Kenya and Ethiopia agreed on Monday").contains(
                "dead in the past month.\n\nThe defence ministers", "Kenya\u2019s interior ministry",
                "in April & would include").doesNotContain("<p>", "will patrol their shared border together");
        assertThat(a.get(1).text()).isEqualTo("Chile\u2019s Chamber of Deputies rejected the government\u2019s pension "
                + "reform bill on Wednesday, a defeat for the ruling coalition.\n\nOpposition parties criticized the bill"
                + " as too costly, and labour unions called for a national strike next week.");
    }

    @Test
    void atomEntriesWithXhtmlHtmlAndTextConstructs() {
        List<Article> a = articles(read(example("feeds/sample.atom")));
        assertThat(a).extracting(Article::title).containsExactly("Romania & Moldova sign energy deal",
                "Protesters rally in Bucharest over judicial law");
        assertThat(a.get(0).text()).isEqualTo("Romania and Moldova signed an agreement on Tuesday to build a second "
                + "power line between the two countries.\n\nThe European Union pledged to pay for half of the project,"
                + " a spokesperson for the European Commission said.");
        assertThat(a.get(1).text()).endsWith("judges' pensions.\n\nPolice said the rally was peaceful.");
        assertThat(a).extracting(Article::published).containsExactly(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 3));
    }

    @Test
    void itemDatePrecedence() throws Exception {
        Path f = feed("dates.rss", rss("""
                <item><description>A.</description><dc:date>2021-03-03</dc:date><pubDate>Mon, 01 Mar 2021 10:00:00 GMT</pubDate></item>
                <item><description>B.</description><dc:date>2021-03-03T23:00:00-08:00</dc:date></item>
                <item><description>CAIRO, March 4, 2021 - C.</description></item>
                <item><description>D.</description><pubDate>not a date</pubDate></item>
                <item><description>E.</description></item>
                """));
        assertThat(articles(read(f))).extracting(Article::published).containsExactly(LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 3, 3), LocalDate.of(2021, 3, 4), null, null);
        assertThat(articles(read(SourceLimits.DEFAULT, LocalDate.of(2020, 1, 1), f)))
                .extracting(Article::published).containsOnly(LocalDate.of(2020, 1, 1));
        Path atom = feed("dates.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><summary>A.</summary>"
                + "<updated>2021-03-09T00:00:00Z</updated><published>2021-03-08T00:00:00Z</published></entry></feed>");
        assertThat(articles(read(atom)).get(0).published()).as("published beats updated").isEqualTo(LocalDate.of(2021, 3, 8));
    }

    @Test
    void anItemWithOnlyALinkIsAnErrorAndTheOthersAreRead() throws Exception {
        Path f = feed("links.rss", rss("""
                <item><title>Good</title><description>Text.</description></item>
                <item><title>Link only</title><link>https://news.example.org/story</link><description>  </description></item>
                <item><title>Nothing</title></item>
                <item><title>Also good</title><description><![CDATA[<p>More text.</p>]]></description></item>
                """));
        List<SourceItem> items = read(f);
        assertThat(articles(items)).extracting(Article::origin).containsExactly(f + "#item 1", f + "#item 4");
        assertThat(errors(items)).containsExactly(
                f + "#item 2: no text in the feed item, and Sitrep does not download its link https://news.example.org/story",
                f + "#item 3: no text in the feed item");
    }

    @Test
    void malformedXmlNamesTheFileLineAndColumnAndKeepsTheItemsBefore() throws Exception {
        Path f = feed("broken.rss", "<rss><channel>\n<item><description>One.</description></item>\n"
                + "<item><description>Two &nbsp; three</description></item>\n</channel></rss>");
        List<SourceItem> items = read(f);
        assertThat(articles(items)).extracting(Article::text).containsExactly("One.");
        assertThat(errors(items)).containsExactly(f + ": malformed XML at line 3, column 30: The entity \"nbsp\" was "
                + "referenced, but not declared. (the 1 item(s) before it were read)");
        Path truncated = feed("truncated.xml", "<rss><channel><item><description>Cut");
        assertThat(errors(read(truncated))).containsExactly(truncated + ": malformed XML at line 1, column 37: "
                + "XML document structures must start and end within the same entity.");
    }

    @Test
    void notAFeedAnEmptyFeedAndBadBytesAreErrors() throws Exception {
        Path sitemap = feed("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>");
        Path empty = feed("empty.rss", rss(""));
        Path latin = Files.write(dir.resolve("latin.rss"), rss("<item><description>Bogot\u00e1</description></item>")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(errors(read(sitemap, empty, latin))).containsExactly(
                sitemap + ": not an RSS or Atom feed (the root element is <urlset>)",
                empty + ": no items in the feed",
                latin + ": bad byte 0xE1 at offset 212 (line 3, column 25) is not valid UTF-8 (a feed is UTF-8 unless"
                        + " its XML declaration names another encoding)");
    }

    @Test
    void aDeclaredEncodingIsHonoured() throws Exception {
        Path f = Files.write(dir.resolve("latin.rss"), ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
                + "<rss><channel><item><description>Bogot\u00e1 said.</description></item></channel></rss>")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(articles(read(f))).extracting(Article::text).containsExactly("Bogot\u00e1 said.");
    }

    @Test
    void doctypesAndEntitiesNeverReachOutside() throws Exception {
        Path rss091 = feed("old.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS"
                + " 0.91//EN\" \"http://127.0.0.1:9/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel><item>"
                + "<description>Old feed.</description></item></channel></rss>");
        Path xxe = feed("xxe.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
                + "\n<rss><channel><item><description>&secret;</description></item></channel></rss>");
        List<SourceItem> items = read(rss091, xxe);
        assertThat(articles(items)).extracting(Article::text).containsExactly("Old feed.");
        assertThat(errors(items)).containsExactly(xxe + ": malformed XML at line 3, column 42: The entity \"secret\" "
                + "was referenced, but not declared.");
    }

    @Test
    void anItemOverTheRecordLimitIsRefusedAlone() throws Exception {
        Path f = feed("big.rss", rss("<item><description>" + "x".repeat(5000) + "</description></item>"
                + "<item><description>Small.</description></item>"));
        List<SourceItem> items = read(new SourceLimits(1_000_000, 1_000_000, 1000), null, f);
        assertThat(errors(items)).containsExactly(f + "#item 1: feed item too large (more than 1000 characters)");
        assertThat(articles(items)).extracting(Article::text).containsExactly("Small.");
    }
}
