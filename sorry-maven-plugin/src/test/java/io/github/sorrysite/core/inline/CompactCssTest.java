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
        "hex to 3 and 4 digits           | a{color:#FFFFFF;background:#11223344;border-color:#123456} | a{color:#fff;background:#1234;border-color:#123456}",
        "rgb and rgba to hex             | a{color:rgb(0,0,0);background:rgba(255, 255, 255, .4);fill:rgb(16 24 40 / 60%)} | a{color:#000;background:#fff6;fill:#10182899}",
        "alpha not a whole 255th stays   | a{color:rgba(0,0,0,.5);background:rgb(0 0 0/25%)} | a{color:rgba(0,0,0,.5);background:rgb(0 0 0/25%)}",
        "rgb with var or percent stays   | a{color:rgba(var(--c),.4);background:rgb(100%,0%,0%);fill:rgb(0,0,0,0,0)} | a{color:rgba(var(--c),.4);background:rgb(100%,0%,0%);fill:rgb(0,0,0,0,0)}",
        "names in colour properties      | a{color:white;background:transparent;border:1px solid #ff0000;outline-color:#808080} | a{color:#fff;background:transparent;border:1px solid red;outline-color:gray}",
        "arguments that are not colours  | a{color:attr(white);background:-moz-element(#aabbcc) #aabbcc;color:attr(data-c type(<color>),#ffffff)} | a{color:attr(white);background:-moz-element(#aabbcc) #abc;color:attr(data-c type(<color>),#ffffff)}",
        "names elsewhere stay names      | a{animation-name:white;font-family:Black;grid-area:red;content:\"white\"} | a{animation-name:white;font-family:Black;grid-area:red;content:\"white\"}",
        "hex to name only for colours    | a{box-shadow:0 0 1px #f00;--c:#ff0000} | a{box-shadow:0 0 1px red;--c:#ff0000}",
        "custom properties as written    | a{--bg:white;--fg:#ffffff;--s:rgba(0,0,0,.4);--w:calc(1px + 2px);--f:\"Segoe UI\"} | a{--bg:white;--fg:#ffffff;--s:rgba(0,0,0,.4);--w:calc(1px + 2px);--f:\"Segoe UI\"}",
        "IE hacks and filters stay       | a{color:red\\9;background:#ffffff\\9;filter:progid:DXImageTransform.Microsoft.gradient(startColorstr='#80000000',endColorstr=#ffffffff)} | a{color:red\\9;background:#ffffff\\9;filter:progid:DXImageTransform.Microsoft.gradient(startColorstr='#80000000',endColorstr=#ffffffff)}",
        "urls and strings untouched      | a{background:url(#ffffff) white;content:\"#ffffff\"} | a{background:url(#ffffff) #fff;content:\"#ffffff\"}",
        "!important kept                 | a{color:white!important} | a{color:#fff!important}",
        "calc inside clamp min max       | a{width:clamp(1rem,calc(1rem + 4vw),3rem);height:min(calc(100% - 2rem),40rem)} | a{width:clamp(1rem,1rem + 4vw,3rem);height:min(100% - 2rem,40rem)}",
        "calc elsewhere stays            | a{width:calc(100% - 2rem);top:clamp(1rem,calc(1rem + 2vw) * 2,3rem);left:calc(calc(1px + 2px) * 2)} | a{width:calc(100% - 2rem);top:clamp(1rem,calc(1rem + 2vw) * 2,3rem);left:calc(calc(1px + 2px) * 2)}",
        "font family quotes go           | a{font-family:\"Segoe UI\",\"Helvetica Neue\",Arial;font:400 1rem/1.6 system-ui,\"Noto Sans JP\",sans-serif} | a{font-family:Segoe UI,Helvetica Neue,Arial;font:1rem/1.6 system-ui,Noto Sans JP,sans-serif}",
        "font family quotes that stay    | a{font-family:\"serif\",\"Font  Two\",\"1Font\",\"A\\42 C\",\"A&B\",\"Default\";font:12px \"Segoe UI\"} | a{font-family:\"serif\",\"Font  Two\",\"1Font\",\"A\\42 C\",\"A&B\",\"Default\";font:12px \"Segoe UI\"}",
        "font shorthand drops normal     | a{font:400 1rem/1.6 serif}b{font:normal bold 1rem serif}i{font:400 var(--f)}s{font:400 1rem/1.6 var(--f)} | a{font:1rem/1.6 serif}b{font:bold 1rem serif}i{font:400 var(--f)}s{font:400 1rem/1.6 var(--f)}",
        "font-weight keywords            | a{font-weight:bold}b{font-weight:normal}i{font-weight:bolder} | a{font-weight:700}b{font-weight:400}i{font-weight:bolder}",
        "universal selector goes         | *,*::before,a *:hover,b>*.c,*[x]{top:0} | *,:before,a :hover,b>.c,[x]{top:0}",
        "universal selector stays        | `a>*,svg|*.c,*|*,[title=\"*:x\"]{top:0}` | `a>*,svg|*.c,*|*,[title=\"*:x\"]{top:0}`",
        "legacy pseudo-elements          | a::after,p::first-line,p::FIRST-LETTER,input::placeholder,a::before-x{top:0} | a:after,p:first-line,p:FIRST-LETTER,input::placeholder,a::before-x{top:0}",
        "escaped characters are names    | .a\\:\\:before,.b\\*.c{top:0} | .a\\:\\:before,.b\\*.c{top:0}",
        "keyframe selectors              | @keyframes k{from{top:0}50%{top:1px}100%{top:2px}} | @keyframes k{0%{top:0}50%{top:1px}to{top:2px}}",
    })
    void rewrites(String name, String input, String expected) {
        Stylesheet sheet = CssParser.parseStylesheet(input, "t.css");
        CompactCss.apply(sheet);
        assertEquals(expected, MinifyCss.write(sheet));
    }
}
