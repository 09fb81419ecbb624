package io.github.sorrysite.core.css;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CssUrlsTest {
    private static final UnaryOperator<String> TO_CDN =
            url -> url.startsWith("/sorrycontent/") ? "https://cdn.example.com" + url : url;

    private static String rewrite(String css) {
        Stylesheet sheet = CssParser.parseStylesheet(css, "t.css");
        CssUrls.rewrite(sheet, TO_CDN);
        return MinifyCss.write(sheet);
    }

    @Test
    void rewritesFontFaceSources() {
        assertEquals("@font-face{font-family:X;src:url(https://cdn.example.com/sorrycontent/f.woff2) format('woff2'),"
                        + "url(https://cdn.example.com/sorrycontent/f.woff) format('woff')}",
                rewrite("@font-face { font-family: X; src: url('/sorrycontent/f.woff2') format('woff2'), url(/sorrycontent/f.woff) format('woff') }"));
    }

    @Test
    void rewritesImportsAndUrlsInsideMedia() {
        assertEquals("@import \"https://cdn.example.com/sorrycontent/base.css\";"
                        + "@media (min-width:40em){.a{background:url(https://cdn.example.com/sorrycontent/bg.webp) no-repeat}}",
                rewrite("@import \"/sorrycontent/base.css\";\n@media (min-width: 40em) { .a { background: url(/sorrycontent/bg.webp) no-repeat } }"));
    }

    @Test
    void leavesOtherUrlsAndStringsAlone() {
        assertEquals(".a{background:url(https://other.example/x.png)}.b::after{content:\"/sorrycontent/not-a-url\"}",
                rewrite(".a { background: url(https://other.example/x.png) } .b::after { content: \"/sorrycontent/not-a-url\" }"));
    }

    @Test
    void rewritesStyleAttributeDeclarations() {
        Declarations list = CssParser.parseDeclarations("background-image: url(/sorrycontent/hero.jpg); color: red", "p.md", 0);
        CssUrls.rewrite(list, TO_CDN);
        assertEquals("background-image:url(https://cdn.example.com/sorrycontent/hero.jpg);color:red", MinifyCss.write(list));
    }

    @Test
    void rewritesUrlsInNestedRulesUnknownAtRulesAndImageSetButNotNamespaces() {
        assertEquals("@namespace svg url(/sorrycontent/ns);.a{&:hover{background:url(https://cdn.example.com/sorrycontent/h.png)}}"
                        + ".b{background-image:image-set(\"https://cdn.example.com/sorrycontent/1.png\" 1x,url(https://cdn.example.com/sorrycontent/2.png) 2x)}"
                        + "@future x{a{b: url(https://cdn.example.com/sorrycontent/f.png)}}",
                rewrite("@namespace svg url(/sorrycontent/ns); .a { &:hover { background: url(/sorrycontent/h.png) } }"
                        + " .b { background-image: image-set(\"/sorrycontent/1.png\" 1x, url(\"/sorrycontent/2.png\") 2x) }"
                        + " @future x { a { b: url(/sorrycontent/f.png) } }"));
    }

    @Test
    void reportsWhetherAnythingChanged() {
        Stylesheet sheet = CssParser.parseStylesheet(".a{color:red}", "t.css");
        assertFalse(CssUrls.rewrite(sheet, TO_CDN));
    }
}
