package io.github.sorrysite.core.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class RewriteAssetUrlsTest {
    private static final UnaryOperator<String> TO_CDN =
            url -> url.startsWith("/sorrycontent/") ? "https://cdn.example.com" + url : url;

    private static String rewrite(String body) {
        Document document = Jsoup.parseBodyFragment(body);
        document.outputSettings().prettyPrint(false);
        RewriteAssetUrls.apply(document, TO_CDN, "pages/p.md");
        return document.body().html();
    }

    @Test
    void rewritesEveryCandidateOfSrcsetAndPictureSources() {
        assertEquals("<picture><source srcset=\"https://cdn.example.com/sorrycontent/a.webp 1x,https://cdn.example.com/sorrycontent/a@2x.webp 2x\" type=\"image/webp\">"
                        + "<img src=\"https://cdn.example.com/sorrycontent/a.png\" srcset=\"https://cdn.example.com/sorrycontent/a.png 640w,https://other.example/b.png 1280w\" alt=\"\"></picture>",
                rewrite("<picture><source srcset=\"/sorrycontent/a.webp 1x, /sorrycontent/a@2x.webp 2x\" type=\"image/webp\">"
                        + "<img src=\"/sorrycontent/a.png\" srcset=\"/sorrycontent/a.png 640w, https://other.example/b.png 1280w\" alt=\"\"></picture>"));
    }

    @Test
    void rewritesPosterObjectDataAndPreloadImagesrcset() {
        assertEquals("<video poster=\"https://cdn.example.com/sorrycontent/p.jpg\" src=\"https://cdn.example.com/sorrycontent/v.mp4\"></video>"
                        + "<object data=\"https://cdn.example.com/sorrycontent/d.svg\"></object>"
                        + "<link rel=\"preload\" as=\"image\" imagesrcset=\"https://cdn.example.com/sorrycontent/h.png 2x\">",
                rewrite("<video poster=\"/sorrycontent/p.jpg\" src=\"/sorrycontent/v.mp4\"></video>"
                        + "<object data=\"/sorrycontent/d.svg\"></object>"
                        + "<link rel=\"preload\" as=\"image\" imagesrcset=\"/sorrycontent/h.png 2x\">"));
    }

    @Test
    void rewritesUrlsInStyleAttributesAndStyleBlocks() {
        assertEquals("<div style=\"background:url(https://cdn.example.com/sorrycontent/bg.png) no-repeat;color:red\"></div>"
                        + "<style>.h{background-image:url(https://cdn.example.com/sorrycontent/h.svg)}</style>",
                rewrite("<div style=\"background: url('/sorrycontent/bg.png') no-repeat; color: red\"></div>"
                        + "<style>.h { background-image: url(/sorrycontent/h.svg) }</style>"));
    }

    @Test
    void leavesStyleAttributesWithoutAssetsAsWritten() {
        assertEquals("<p style=\"color: red ;\">x</p>", rewrite("<p style=\"color: red ;\">x</p>"));
    }

    @Test
    void rewritesSocialImageMetaButNotTextMeta() {
        Document document = Jsoup.parse("<head><meta property=\"og:image\" content=\"/sorrycontent/og.png\">"
                + "<meta name=\"description\" content=\"/sorrycontent/ is where assets live\"></head>");
        RewriteAssetUrls.apply(document, TO_CDN, "pages/p.md");
        assertEquals("https://cdn.example.com/sorrycontent/og.png", document.selectFirst("meta[property=og:image]").attr("content"));
        assertEquals("/sorrycontent/ is where assets live", document.selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void rewritesSvgUseReferences() {
        assertEquals("<svg><use xlink:href=\"https://cdn.example.com/sorrycontent/i.svg#x\"></use></svg>",
                rewrite("<svg><use xlink:href=\"/sorrycontent/i.svg#x\"></use></svg>"));
    }
}
