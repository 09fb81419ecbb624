package io.github.sorrysite.core.css;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Cases known to be broken by YUI compressor 2.4.8 and ph-css's own optimizer (calc spacing, 0s, 0%, --gap: 0px, SVG data URIs), and then some. */
class MinifyCssTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "calc keeps the spaces around + and -  | .a { width: calc( 2em + 3px ); margin: calc(100% - 10px) } | .a{width:calc(2em + 3px);margin:calc(100% - 10px)}",
        "0s stays a time in transitions         | .a { transition: opacity 0s ease 0s } | .a{transition:opacity 0s ease 0s}",
        "0% keyframe selector stays             | @keyframes k { 0% { opacity: 0 } 100% { opacity: 1 } } | @keyframes k{0%{opacity:0}100%{opacity:1}}",
        "custom property keeps its unit         | :root { --gap: 0px } .a { padding: calc(var(--gap) + 1px) } | :root{--gap:0px}.a{padding:calc(var(--gap) + 1px)}",
        "data: SVG URI is untouched             | `.b { background: url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E\") }` | `.b{background:url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E\")}`",
        "media blocks and !important            | @media (max-width: 600px) { .a { color: red !important } } | @media (max-width:600px){.a{color:red !important}}",
        "empty rules and blocks go              | .a {} @media print { .b {} } .c { color: red } | .c{color:red}",
        "selectors with combinators             | .c:hover > a::before , ul li + li { content: \"x  y\" } | .c:hover>a::before,ul li+li{content:\"x  y\"}",
        "font-face keeps its src list           | @font-face { font-family: X; src: url(/f.woff2) format('woff2'), url(/f.woff) format('woff') } | @font-face{font-family:X;src:url(/f.woff2) format('woff2'),url(/f.woff) format('woff')}",
        "negative values and colours as written | .a { margin: -1px auto 0 -.5em; color: #FFFFFF } | .a{margin:-1px auto 0 -.5em;color:#FFFFFF}",
        "comments go                            | /* hello */ .a { /* x */ color: red } | .a{color:red}",
        "prefers-color-scheme media             | @media (prefers-color-scheme: dark) { :root { --bg: #111 } } | @media (prefers-color-scheme:dark){:root{--bg:#111}}",
    })
    void minifies(String name, String input, String expected) {
        assertEquals(expected, MinifyCss.minify(input, "test.css"));
    }

    @Test
    void minifiedOutputIsStableWhenMinifiedAgain() {
        String once = MinifyCss.minify(".a { transition: opacity 0s; width: calc( 1px + 2px ) } @keyframes k { 0% { top: 0 } }", "t.css");
        assertEquals(once, MinifyCss.minify(once, "t.css"));
    }

    @Test
    void refusesCssItCannotParseInsteadOfDroppingDeclarations() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> MinifyCss.minify(".a {\n  color: red;\n  padding: clamp(1rem, 2vw + 1rem, 3rem);\n  margin: 0 }", "css/site.css"));
        assertTrue(e.getMessage().startsWith("css/site.css:3:"), e.getMessage());
        assertTrue(e.getMessage().contains("calc("), e.getMessage());
    }

    @Test
    void refusesNesting() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> MinifyCss.minify(".a { color: red; &:hover { color: blue } }", "n.css"));
        assertTrue(e.getMessage().contains("nesting"), e.getMessage());
    }
}
