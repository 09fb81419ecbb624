package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BaseForCdnUrlsTest {
    private static final String PREFIX = "https://d111111abcdef8.cloudfront.net/sorrycontent/";

    private static Document page(String head, String body) {
        Document document = Jsoup.parse("<html><head><meta charset=utf-8>" + head + "</head><body>" + body + "</body></html>",
                "https://shop.example.com/app/login");
        document.outputSettings().prettyPrint(false);
        return document;
    }

    /** Where each URL-bearing attribute really points, the way a browser resolves it. */
    private static List<String> resolved(Document document) {
        Document reparsed = Jsoup.parse(document.outerHtml(), "https://shop.example.com/app/login");
        return reparsed.select("[src], [href]:not(base), [srcset]").stream()
                .map(e -> e.hasAttr("src") ? e.absUrl("src") : e.hasAttr("href") ? e.absUrl("href") : e.attr("srcset"))
                .toList();
    }

    @Test
    void writesTheCdnPrefixOnceAndEveryUrlStillResolvesTheSame() {
        Document document = page("<link rel=stylesheet href=" + PREFIX + "alb.1a2b3c4d.css>",
                "<img src=" + PREFIX + "img/logo.61834341.svg alt=x><a href=https://status.example.com/>status</a>");
        List<String> before = resolved(document);
        BaseForCdnUrls.apply(document, PREFIX);
        Element base = document.selectFirst("base");
        assertNotNull(base);
        assertEquals(PREFIX, base.attr("href"));
        assertEquals("meta", base.previousElementSibling().tagName(), "the charset stays first, the base comes next");
        assertEquals("alb.1a2b3c4d.css", document.selectFirst("link").attr("href"));
        assertEquals("img/logo.61834341.svg", document.selectFirst("img").attr("src"));
        assertEquals(before, resolved(document));
    }

    @Test
    void rewritesEverySrcsetCandidate() {
        Document document = page("", "<img src=" + PREFIX + "a.png srcset=\"" + PREFIX + "a.png 1x, " + PREFIX + "a2.png 2x\" alt=x>");
        BaseForCdnUrls.apply(document, PREFIX);
        assertEquals("a.png 1x,a2.png 2x", document.selectFirst("img").attr("srcset"));
    }

    @Test
    void leavesThePageAloneWhenALinkWouldMoveToTheCdn() {
        for (String link : List.of("<a href=/ja/>日本語</a>", "<a href=#main>skip</a>", "<a href=other.html>x</a>")) {
            Document document = page("<link rel=stylesheet href=" + PREFIX + "a.css>", "<img src=" + PREFIX + "b.svg alt=x>" + link);
            String before = document.outerHtml();
            BaseForCdnUrls.apply(document, PREFIX);
            assertNull(document.selectFirst("base"), link);
            assertEquals(before, document.outerHtml(), link);
        }
    }

    @Test
    void leavesThePageAloneWhenCssHasARootRelativeUrl() {
        Document document = page("<link rel=stylesheet href=" + PREFIX + "a.css><style>body{background:url(/x.png)}</style>",
                "<img src=" + PREFIX + "b.svg alt=x>");
        BaseForCdnUrls.apply(document, PREFIX);
        assertNull(document.selectFirst("base"));
    }

    @Test
    void onlyWhenItSavesCharacters() {
        Document document = page("<link rel=stylesheet href=" + PREFIX + "a.css>", "<p>x</p>");
        BaseForCdnUrls.apply(document, PREFIX);
        assertNull(document.selectFirst("base"), "one URL: the base tag would cost more than it saves");
    }

    @Test
    void notWithoutACdn() {
        Document document = page("<link rel=stylesheet href=/sorrycontent/a.css>", "<img src=/sorrycontent/b.svg alt=x>");
        BaseForCdnUrls.apply(document, "/sorrycontent/");
        assertNull(document.selectFirst("base"));
    }
}
