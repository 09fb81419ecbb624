package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sorrysite.core.css.CssParser;
import io.github.sorrysite.core.css.MinifyCss;
import io.github.sorrysite.core.css.Stylesheet;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortenKeyframesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "renamed where it is used       | <p> | @keyframes progress{to{top:0}}a{animation:progress 4s linear infinite}b{animation-name:progress} | @keyframes a{to{top:0}}a{animation:a 4s linear infinite}b{animation-name:a}",
        "prefixed and nested too        | <p> | @-webkit-keyframes spin{to{top:0}}@media (x){a{-webkit-animation:spin 1s}} | @-webkit-keyframes a{to{top:0}}@media (x){a{-webkit-animation:a 1s}}",
        "short names not taken          | <p> | @keyframes a{to{top:0}}@keyframes fade{to{top:1px}}p{animation:b 1s,fade 2s} | @keyframes a{to{top:0}}@keyframes c{to{top:1px}}p{animation:b 1s,c 2s}",
        "custom property mentions it    | <p> | @keyframes progress{to{top:0}}:root{--a:progress}a{animation:var(--a) 1s} | @keyframes progress{to{top:0}}:root{--a:progress}a{animation:var(--a) 1s}",
        "style attribute mentions it    | `<p style=\"animation:progress 1s\">` | @keyframes progress{to{top:0}} | @keyframes progress{to{top:0}}",
        "another stylesheet stays       | `<link rel=stylesheet href=https://x/y.css>` | @keyframes progress{to{top:0}}a{animation:progress 1s} | @keyframes progress{to{top:0}}a{animation:progress 1s}",
        "a quoted reference pins it     | <p> | @keyframes progress{to{top:0}}.x{animation-name:\"progress\"} | @keyframes progress{to{top:0}}.x{animation-name:\"progress\"}",
        "a style attribute's word is taken | `<p style=\"animation: a 2s\">` | @keyframes spin{to{top:0}}.x{animation:spin 1s} | @keyframes b{to{top:0}}.x{animation:b 1s}",
        "a custom property's word is taken | <p> | @keyframes spin{to{top:0}}.x{animation:spin 1s}.y{--n:a;animation:var(--n) 1s} | @keyframes b{to{top:0}}.x{animation:b 1s}.y{--n:a;animation:var(--n) 1s}",
        "a keyword name stays           | <p> | @keyframes ease{to{top:0}}.x{animation:ease 1s ease} | @keyframes ease{to{top:0}}.x{animation:ease 1s ease}",
        "quoted names stay              | <p> | @keyframes \"progress\"{to{top:0}}a{animation:\"progress\" 1s} | @keyframes \"progress\"{to{top:0}}a{animation:\"progress\" 1s}",
    })
    void renames(String name, String html, String css, String expected) {
        Stylesheet sheet = CssParser.parseStylesheet(css, "t.css");
        ShortenKeyframes.apply(sheet, Jsoup.parse(html));
        assertEquals(expected, MinifyCss.write(sheet));
    }
}
