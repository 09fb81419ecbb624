package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortenClassesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain class names          | .btn.btn-primary>p     | .X.Y>p",
        "escaped class names        | .sm\\:text-4xl:hover    | .X:hover",
        "hex escapes                | .\\31 0 .w-1\\/2        | .X .Y",
        "attribute selectors alone  | [class=btn] .btn        | [class=btn] .X",
        "strings alone              | .a[title=\".b\"]        | .X[title=\".b\"]",
    })
    void renamesEachClassNameOnce(String name, String selector, String expected) {
        java.util.List<String> seen = new java.util.ArrayList<>();
        String renamed = ShortenClasses.rename(selector, n -> {
            seen.add(n);
            return seen.size() == 1 ? "X" : "Y";
        });
        assertEquals(expected, renamed, "names seen: " + seen);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "names shortened, unused dropped | .card{top:0}                       | <p class=\"card x\">     | .a{top:0}                       | <p class=a>",
        "[class] alone: shortened        | .card{top:0}a:not([class]){top:1px} | <p class=card><a class=x>  | .a{top:0}a:not([class]){top:1px} | <p class=a><a class></a>",
        "[class*=] reads the names       | .card{top:0}[class*=ca]{top:1px}  | <p class=\"card x\">      | .card{top:0}[class*=ca]{top:1px} | <p class=\"card x\">",
        "a stylesheet not ours stays     | .card{top:0}                       | `<p class=\"card fa fa-wrench\"><link rel=stylesheet href=https://cdn.example/fa.css>` | .card{top:0} | `<p class=\"card fa fa-wrench\"><link rel=stylesheet href=https://cdn.example/fa.css>`",
        "attr(class) shows the names     | .card{top:0}.card:after{content:attr(class)} | <p class=\"card x\"> | .card{top:0}.card:after{content:attr(class)} | <p class=\"card x\">",
        "[class~=] with spaces           | .card{top:0}[ class ~= card]{top:1px} | <p class=card>          | .card{top:0}[class~=card]{top:1px} | <p class=card>",
    })
    void appliesToSheetAndMarkup(String name, String css, String html, String expectedCss, String expectedHtml) {
        io.github.sorrysite.core.css.Stylesheet sheet = io.github.sorrysite.core.css.CssParser.parseStylesheet(css, "t.css");
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(html);
        ShortenClasses.apply(sheet, document);
        assertEquals(expectedCss, io.github.sorrysite.core.css.MinifyCss.write(sheet));
        assertEquals(expectedHtml, CompactHtml.write(document.body().child(0)));
    }
}
