package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sorrysite.core.css.CssParser;
import io.github.sorrysite.core.css.MinifyCss;
import io.github.sorrysite.core.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompactCssTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "leading zeros go                | a{margin:0.5rem -0.25em 0.0625px;opacity:0.8} | a{margin:.5rem -.25em .0625px;opacity:.8}",
        "trailing zeros of fractions go  | a{line-height:1.50;width:10.250%} | a{line-height:1.5;width:10.25%}",
        "1.0 and 0 stay                  | a{z-index:1.0;margin:0;top:10px;flex:1 1 0%} | a{z-index:1.0;margin:0;top:10px;flex:1 1 0%}",
        "inside functions too            | a{color:rgba(0,0,0,0.5);width:calc(100% - 0.5rem)} | a{color:rgba(0,0,0,.5);width:calc(100% - .5rem)}",
        "custom properties and nesting   | a{--x:0.5;&:hover{top:0.5em}} | a{--x:.5;&:hover{top:.5em}}",
        "exponents stay                  | a{width:1.0e2px} | a{width:1.0e2px}",
        "unicode-range is left alone     | @font-face{font-family:x;unicode-range:U+0025-00FF} | @font-face{font-family:x;unicode-range:U+0025-00FF}",
        "strings and urls untouched      | a{content:\"0.5\";background:url(a0.5.png)} | a{content:\"0.5\";background:url(a0.5.png)}",
        "adjacent identical @media merge | @media (min-width:40em){a{top:0}}@media (min-width:40em){b{top:1px}} | @media (min-width:40em){a{top:0}b{top:1px}}",
        "non-adjacent @media stay apart  | @media (x){a{top:0}}p{top:2px}@media (x){b{top:1px}} | @media (x){a{top:0}}p{top:2px}@media (x){b{top:1px}}",
        "different conditions stay apart | @media (x){a{top:0}}@media (y){b{top:1px}} | @media (x){a{top:0}}@media (y){b{top:1px}}",
        "adjacent @supports merge        | @supports (display:grid){a{top:0}}@supports (display:grid){b{top:0}} | @supports (display:grid){a{top:0}b{top:0}}",
    })
    void rewrites(String name, String input, String expected) {
        Stylesheet sheet = CssParser.parseStylesheet(input, "t.css");
        CompactCss.apply(sheet);
        assertEquals(expected, MinifyCss.write(sheet));
    }
}
