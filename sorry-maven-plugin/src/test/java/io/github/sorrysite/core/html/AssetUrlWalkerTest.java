package io.github.sorrysite.core.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table of URL places, one row per place: found, rewritten, and whether a browser loads it. */
class AssetUrlWalkerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<img src=/a/x.png>                                        | /a/x.png           | true",
            "<script src=/a/x.js></script>                             | /a/x.js            | true",
            "<link rel=stylesheet href=/a/x.css>                       | /a/x.css           | true",
            "<link rel=icon href=/a/x.ico>                             | /a/x.ico           | true",
            "<link rel=canonical href=/a/x.html>                       | /a/x.html          | false",
            "<a href=/a/x.pdf>x</a>                                    | /a/x.pdf           | false",
            "<video poster=/a/x.jpg></video>                           | /a/x.jpg           | true",
            "<object data=/a/x.svg></object>                           | /a/x.svg           | true",
            "<svg><use href=/a/i.svg#x></use></svg>                    | /a/i.svg#x         | true",
            "<svg><use xlink:href=/a/i.svg#y></use></svg>              | /a/i.svg#y         | true",
            "<svg><image href=/a/x.png></image></svg>                  | /a/x.png           | true",
            "<meta property=og:image content=/a/card.png>              | /a/card.png        | false",
            "<form action=/a/f></form>                                 | /a/f               | false",
            "<img srcset='/a/1.png 1x, /a/2.png 2x'>                   | /a/1.png /a/2.png  | true",
            "<link rel=preload as=image imagesrcset='/a/p.png 1x'>     | /a/p.png           | true",
            "<div style=\"background:url('/a/bg.png')\"></div>         | /a/bg.png          | true",
            "<style>@import '/a/i.css';.x{background:url(/a/s.png)}</style> | /a/i.css /a/s.png | true"})
    void eachPlaceIsFoundRewrittenAndClassified(String html, String urls, boolean loads) {
        Document document = Jsoup.parse(html);
        List<AssetUrlWalker.Reference> found = AssetUrlWalker.references(document);

        assertEquals(List.of(urls.split(" ")), found.stream().map(AssetUrlWalker.Reference::url).sorted().toList(), html);
        assertTrue(found.stream().allMatch(r -> r.loads() == loads), html);

        AssetUrlWalker.rewrite(document, url -> url.replace("/a/", "https://cdn.test/a/"), "test");
        List<String> after = AssetUrlWalker.references(document).stream().map(AssetUrlWalker.Reference::url).toList();
        assertEquals(found.size(), after.size(), document.html());
        assertTrue(after.stream().allMatch(u -> u.startsWith("https://cdn.test/a/")), document.html());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<meta name=description content=/a/not-a-url>",
            "<p title=/a/x.png>text /a/y.png</p>",
            "<div data=/a/x.svg></div>"})
    void textThatOnlyLooksLikeAUrlIsLeftAlone(String html) {
        Document document = Jsoup.parse(html);
        assertEquals(List.of(), AssetUrlWalker.references(document));
        AssetUrlWalker.rewrite(document, url -> "changed", "test");
        assertFalse(document.html().contains("changed"), document.html());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"<style>.x{color:red;;;}} @@ url(/a/s.png)</style>"})
    void cssTheParserRefusesIsStillScannedForReading(String html) {
        assertEquals(List.of("/a/s.png"), AssetUrlWalker.references(Jsoup.parse(html)).stream().map(AssetUrlWalker.Reference::url).toList());
    }
}
