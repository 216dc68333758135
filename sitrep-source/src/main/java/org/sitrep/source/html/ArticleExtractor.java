package org.sitrep.source.html;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds an article's text in a web page: drops the page chrome (navigation, asides, footers, scripts, forms,
 * share and "related" boxes), then takes the article body ({@code itemprop=articleBody}, {@code <article>},
 * {@code <main>}, else the block with the most paragraph text) and renders it with paragraph breaks.
 * Coding menus and teasers as if they were news would invent events.
 */
final class ArticleExtractor {
    private static final String CHROME = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, aside, footer, form, button, select, input, textarea, label, dialog, menu, figcaption, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo], "
            + "[role=banner], [role=search], [role=dialog]";
    private static final String CONTENT = "article, main, [role=main], [itemprop=articleBody]";
    /** Words in class or id names that mark boxes around an article rather than the article. */
    private static final Set<String> CHROME_WORDS = Set.of("share", "sharing", "social", "related", "newsletter",
            "comment", "comments", "ad", "ads", "advert", "advertisement", "promo", "subscribe", "cookie", "cookies",
            "breadcrumb", "breadcrumbs", "sidebar", "menu", "nav", "navbar", "footer", "masthead", "popup", "modal",
            "recommended", "trending", "outbrain", "taboola", "paywall");
    private static final double ENOUGH_OF_THE_DENSEST = 0.5;

    private ArticleExtractor() {
    }

    /** The article text of a page, or "" when it has none; changes the document. */
    static String text(Document doc) {
        Element body = doc.body();
        removeChrome(body);
        Element root = contentRoot(body);
        root.select("h1").remove();
        return BlockText.of(root);
    }

    /** The text of an HTML fragment that is all content (a feed item's description), minus scripts and the like. */
    static String fragmentText(Element body) {
        body.select("script, style, noscript, template, iframe, object, embed, svg, canvas, form, button").remove();
        return BlockText.of(body);
    }

    private static void removeChrome(Element body) {
        int total = paragraphText(body);
        Elements candidates = body.select(CHROME);
        for (Element e : body.getAllElements()) {
            if (e != body && chromeByName(e)) candidates.add(e);
        }
        for (Element e : candidates) {
            if (e.root() != body.root() || holdsTheArticle(e, total)) continue;
            if (e.normalName().equals("header") && e.closest("article, main") != null) continue;
            e.remove();
        }
        for (Element header : body.select("header")) {
            if (header.closest("article, main, [itemprop=articleBody]") == null && !holdsTheArticle(header, total)) {
                header.remove();
            }
        }
    }

    private static boolean chromeByName(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return Arrays.stream(names.split("[\\s_-]+")).anyMatch(CHROME_WORDS::contains);
    }

    /** An element that wraps the article (an ASP.NET page-wide form, a body-wide "has-sidebar" div) stays. */
    private static boolean holdsTheArticle(Element e, int totalParagraphText) {
        if (e.is(CONTENT) || !e.select(CONTENT).isEmpty()) return true;
        return totalParagraphText > 0 && paragraphText(e) * 2 > totalParagraphText;
    }

    private static Element contentRoot(Element body) {
        Element densest = densest(body);
        int densestText = densest == null ? 0 : directParagraphText(densest);
        for (String selector : new String[] {"[itemprop=articleBody]", "article", "main, [role=main]"}) {
            Element best = null;
            int bestText = -1;
            for (Element e : body.select(selector)) {
                int t = paragraphText(e);
                if (t == 0) t = e.text().length() > 0 ? 1 : 0;
                if (t > bestText) {
                    best = e;
                    bestText = t;
                }
            }
            if (best != null && bestText > 0 && bestText >= densestText * ENOUGH_OF_THE_DENSEST) return best;
        }
        return densest != null ? densest : body;
    }

    /** The element whose own paragraphs hold the most text: where a page without markup keeps its article. */
    private static Element densest(Element body) {
        Element best = null;
        int bestText = 0;
        for (Element e : body.getAllElements()) {
            int t = directParagraphText(e);
            if (t > bestText) {
                best = e;
                bestText = t;
            }
        }
        return best;
    }

    private static int directParagraphText(Element e) {
        int n = 0;
        for (Element child : e.children()) {
            if (child.normalName().equals("p")) n += child.text().length();
        }
        return n;
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) n += p.text().length();
        return n;
    }
}
