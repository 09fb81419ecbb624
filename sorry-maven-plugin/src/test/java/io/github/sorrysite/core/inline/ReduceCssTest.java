package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input CSS, the page it is reduced for, and exactly what must remain. */
class ReduceCssTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "unmatched rules go, matched stay | .a{color:red}.b{color:blue}p{margin:0} | <p class=a>x | .a{color:red}p{margin:0}",
        "unmatched selectors of a list go | h1,h2,.x{margin:0} | <h2>t</h2> | h2{margin:0}",
        "state pseudo-classes match their element | a:hover{color:red}button:focus-visible{outline:0} | <a href=/>x</a> | a:hover{color:red}",
        "pseudo-elements match their element | main::before{content:\"\"}main:after{content:\"\"}aside::before{content:\"\"} | <main>x</main> | main::before{content:\"\"}main:after{content:\"\"}",
        "negated state pseudo-classes are kept | a:not(:hover){text-decoration:none}b:not(.x){color:red} | <a href=/>x</a> | a:not(:hover){text-decoration:none}",
        "a lone state pseudo-class matches anything | :focus{outline:0} | <p>x | :focus{outline:0}",
        "structural pseudo-classes are evaluated | p:first-of-type{color:red}p:nth-child(5){color:blue}dl:last-child{display:none}dl:empty{display:none} | <p>a<p>b<dl><dt>x</dl><p>c | p:first-of-type{color:red}",
        ":empty matches white space only, which collapsing may remove | dl:empty{display:none} | <dl> </dl> | dl:empty{display:none}",
        ":lang() matches by the lang attribute | body:lang(ja){line-height:2}h1:lang(en){margin:0} | <html lang=ja><body><h1>x</h1> | body:lang(ja){line-height:2}",
        ":lang() does not match another language | h1:lang(ja),dd:lang(ja){word-break:auto-phrase} | <html lang=en><body><h1>x</h1> | ``",
        "@media keeps matching rules only | @media (max-width:25rem){dl{gap:0}.z{gap:1px}}@media print{.z{color:red}} | <dl><dt>a</dl> | @media (max-width:25rem){dl{gap:0}}",
        "custom properties stay only when used | :root{--used:1px;--unused:2px;--chain:var(--deep);--deep:red}p{margin:var(--used);color:var(--chain)} | <p>x | :root{--used:1px;--chain:var(--deep);--deep:red}p{margin:var(--used);color:var(--chain)}",
        "custom properties in @media go with their users | :root{--a:1px}@media (prefers-color-scheme:dark){:root{--a:2px;--b:3px}}p{margin:var(--a)} | <p>x | :root{--a:1px}@media (prefers-color-scheme:dark){:root{--a:2px}}p{margin:var(--a)}",
        "@keyframes stay only when animated | @keyframes used{to{opacity:1}}@keyframes unused{to{opacity:0}}p{animation:used 1s linear} | <p>x | @keyframes used{to{opacity:1}}p{animation:used 1s linear}",
        "@keyframes of a dropped rule go | @keyframes spin{to{opacity:1}}.gone{animation-name:spin} | <p>x | ``",
        "@font-face stays only when the family is used | @font-face{font-family:\"Brand\";src:url(/b.woff2)}@font-face{font-family:Other;src:url(/o.woff2)}p{font:700 1rem/1.5 Brand,sans-serif} | <p>x | @font-face{font-family:\"Brand\";src:url(/b.woff2)}p{font:700 1rem/1.5 Brand,sans-serif}",
        "unparseable selectors for jsoup are kept | p:has-slotted{color:red} | <p>x | p:has-slotted{color:red}",
        "absent classes under :not() go | .btn:not(:last-child){margin:0}.nav:not(.x,.y){color:red}p:not(.btn){color:blue} | <p>x | p:not(.btn){color:blue}",
        "absent classes under :is()/:where() go | :is(.a,.b) p{color:red}:where(.c) p{color:blue}:is(div,.d) p{margin:0} | <div><p>x</div> | :is(div,.d) p{margin:0}",
        ":has() is evaluated | a:has(>img){display:block}a:has(>svg){display:inline} | <a href=/><img src=/i></a> | a:has(>img){display:block}",
        "nested rules are matched with their parent | .card{color:red;&:hover{color:blue}.title{margin:0}.gone{margin:1px}}.absent{.title{x:y}} | <div class=card><h2 class=title>t</div> | .card{color:red;&:hover{color:blue}.title{margin:0}}",
        "Sass's &__b is not .a__b in CSS (kept as written) | .card{color:red;&__title{margin:0}} | <div class=card><p class=card__title>t</div> | .card{color:red;&__title{margin:0}}",
        "nested & in another position | .title{.card &{color:red}.other &{color:blue}} | <div class=card><h2 class=title>t</div> | .title{.card &{color:red}}",
        "nested @media inside a rule | .a{@media (min-width:1px){color:red;.gone{x:y}}} | <p class=a>x | .a{@media (min-width:1px){color:red}}",
        "@layer order stays, empty layers become statements | @layer base,theme;@layer theme{.gone{color:red}}@layer base{p{margin:0}}@layer{.gone{x:y}} | <p>x | @layer base,theme;@layer theme;@layer base{p{margin:0}}",
        "dark mode and @supports stay when something inside applies | @media (prefers-color-scheme:dark){p{color:#eee}.gone{color:red}}@supports (display:grid){.gone{display:grid}} | <p>x | @media (prefers-color-scheme:dark){p{color:#eee}}",
        "@container, @scope and @starting-style are reduced | @container (min-width:1px){p{x:1}.gone{x:2}}@scope (.s){.gone{x:3}}@starting-style{p{opacity:0}} | <p>x | @container (min-width:1px){p{x:1}}@starting-style{p{opacity:0}}",
        "a list with a vendor pseudo-element stays whole | .gone::-moz-range-thumb,p{color:red} | <p>x | .gone::-moz-range-thumb,p{color:red}",
        "a list with nested rules stays whole | #gone,p{&:hover{color:red}} | <p>x | #gone,p{&:hover{color:red}}",
        "custom properties used in style attributes stay | :root{--brand:red;--gone:blue} | <p style=\"color:var(--brand)\">x | :root{--brand:red}",
        "unknown at-rules stay | @foo bar{baz:1}.gone{x:y} | <p>x | @foo bar{baz:1}",
    })
    void reduces(String name, String css, String html, String expected) {
        Document document = Jsoup.parse(html);
        assertEquals(expected == null ? "" : expected, ReduceCss.reduce(css, document, "test.css"));
    }

    @Test
    void namespacedSelectorsMatchTheirElement() {
        Document document = Jsoup.parse("<p>x<svg><rect/></svg>");
        assertEquals("svg|rect{fill:red}*|p{margin:0}",
                ReduceCss.reduce("@namespace svg url(http://www.w3.org/2000/svg);svg|rect{fill:red}*|p{margin:0}svg|circle{x:y}", document, "t.css")
                        .replace("@namespace svg url(http://www.w3.org/2000/svg);", ""));
    }
}
