package io.github.sorrysite.core.css;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.helger.css.decl.CSSDeclarationList;
import com.helger.css.decl.CascadingStyleSheet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CssUrlsTest {
    private static final UnaryOperator<String> TO_CDN =
            url -> url.startsWith("/sorrycontent/") ? "https://cdn.example.com" + url : url;

    private static String rewrite(String css) {
        CascadingStyleSheet sheet = CssParser.parseStylesheet(css, "t.css");
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
        assertEquals("@import url(https://cdn.example.com/sorrycontent/base.css);"
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
        CSSDeclarationList list = CssParser.parseDeclarations("background-image: url(/sorrycontent/hero.jpg); color: red", "p.md", 0);
        CssUrls.rewrite(list, TO_CDN);
        assertEquals("background-image:url(https://cdn.example.com/sorrycontent/hero.jpg);color:red", MinifyCss.write(list));
    }

    @Test
    void reportsWhetherAnythingChanged() {
        CascadingStyleSheet sheet = CssParser.parseStylesheet(".a{color:red}", "t.css");
        assertFalse(CssUrls.rewrite(sheet, TO_CDN));
    }
}
