package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sorrysite.core.css.CssParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColorSchemeMetaTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "set on :root always: goes          | :root{color-scheme:light dark} | false",
        "set on html: goes                  | html{color-scheme:dark} | false",
        "inside @layer: goes                | @layer base{:root{color-scheme:light dark}} | false",
        "exact :not() on the root: goes     | :root:not([data-theme=dark]){color-scheme:light} | false",
        "only inside @media: stays          | @media (prefers-color-scheme:dark){:root{color-scheme:dark}} | true",
        "not on the root: stays             | body{color-scheme:dark} | true",
        "a :not() that excludes it: stays   | :root:not([lang=en]){color-scheme:light} | true",
        "no color-scheme at all: stays      | :root{color:red} | true",
    })
    void dropsTheMetaTagOnlyWhenTheCssAlwaysOverridesIt(String name, String css, boolean kept) {
        Document document = Jsoup.parse("<html lang=en><meta name=color-scheme content=\"light dark\"><p>x");
        CleanForInline.dropOverriddenColorScheme(document, CssParser.parseStylesheet(css, "t.css"));
        assertEquals(kept, document.selectFirst("meta[name=color-scheme]") != null);
    }
}
