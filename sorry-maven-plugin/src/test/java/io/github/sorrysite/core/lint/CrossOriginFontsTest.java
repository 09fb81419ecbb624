package io.github.sorrysite.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.inline.InlineConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossOriginFontsTest {
    private final LintRules rules = new LintRules(InlineConfig.defaults(), "/sorrycontent/", "https://cdn.test");

    private static List<String> urls(List<Finding> findings) {
        return findings.stream().map(f -> f.message().replaceAll("^loads the (font|mask image) (\\S+) .*$", "$1 $2")).toList();
    }

    @Test
    void warnsAboutEveryFontAndMaskFromAnotherOriginWithTheFix() {
        String body = "<!doctype html><base href=https://cdn.test/sorrycontent/><style>"
                + "@font-face{font-family:Brand;src:url(f/brand.woff2) format('woff2'),url(https://cdn.test/sorrycontent/f/brand.woff)}"
                + "@media (min-width:1px){.i{-webkit-mask-image:url(img/crest.svg);mask:url(img/crest.svg) no-repeat}}"
                + ".bg{background:url(img/bg.png)}.d{mask-image:url(\"data:image/svg+xml,<svg/>\")}</style>"
                + "<p style=\"mask-image:url(https://other.test/m.svg)\">x";
        List<Finding> findings = rules.crossOriginFonts(body, "alb/maintenance.html", null);
        assertEquals(List.of("font https://cdn.test/sorrycontent/f/brand.woff2", "font https://cdn.test/sorrycontent/f/brand.woff",
                "mask image https://cdn.test/sorrycontent/img/crest.svg", "mask image https://other.test/m.svg"), urls(findings));
        Finding first = findings.get(0);
        assertEquals("cross-origin-font", first.rule());
        assertEquals(Finding.Severity.WARNING, first.severity());
        assertTrue(first.message().contains("from https://cdn.test, another origin than the application's host"), first.message());
        assertTrue(first.message().contains("add a CORS response headers policy to the CDN for /sorrycontent/*"), first.message());
    }

    @Test
    void readsTheLinkedStylesheetOfACdnLinkedBody() {
        String body = "<!doctype html><link rel=stylesheet href=https://cdn.test/sorrycontent/alb.abc.css><i class=fa></i>";
        Map<String, String> css = Map.of("https://cdn.test/sorrycontent/alb.abc.css",
                "@font-face{font-family:FA;src:url(https://cdn.test/sorrycontent/fonts/fa.woff2)}.fa{font-family:FA}");
        assertEquals(List.of("font https://cdn.test/sorrycontent/fonts/fa.woff2"),
                urls(rules.crossOriginFonts(body, "alb/maintenance.html", css::get)));
    }

    @Test
    void sameOriginAndDataUrlsAreFine() {
        String body = "<!doctype html><style>@font-face{font-family:X;src:url(/sorrycontent/x.woff2)}"
                + ".m{mask-image:url(data:image/png;base64,AAAA)}.b{background:url(https://cdn.test/x.png)}</style>";
        assertEquals(List.of(), rules.crossOriginFonts(body, "alb/maintenance.html", null));
    }
}
