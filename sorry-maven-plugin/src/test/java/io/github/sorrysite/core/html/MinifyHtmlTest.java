package io.github.sorrysite.core.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinifyHtmlTest {
    @Test
    void keepsTheSpaceBetweenInlineElements() {
        assertEquals("<p><a href=\"/x\">x</a> <b>y</b></p>", MinifyHtml.minify("<p><a href=\"/x\">x</a>   \n  <b>y</b></p>", "p.md"));
    }

    @Test
    void removesCommentsAndCollapsesWhitespace() {
        assertEquals("<p>a b</p>", MinifyHtml.minify("<!-- note -->\n<p>a\n\n   b</p>", "p.md"));
    }

    @Test
    void leavesPreformattedTextAlone() {
        String html = "<pre>line 1\n   line 2</pre>";
        assertEquals(html, MinifyHtml.minify(html, "p.md"));
    }

    @Test
    void minifiesStyleBlocksWithoutBreakingValues() {
        String out = MinifyHtml.minify("<style>\n .a { transition: opacity 0s; width: calc( 1px + 2px ) }\n :root { --gap: 0px }\n</style>", "p.md");
        assertEquals("<style>.a{transition:opacity 0s;width:calc(1px + 2px)}:root{--gap:0px}</style>", out);
    }

    @Test
    void dropsQuotesOnlyWhereSafe() {
        String out = MinifyHtml.minify("<img alt=\"a b\" width=\"10\" src=\"/x.svg\">", "p.md");
        assertTrue(out.contains("alt=\"a b\""), out);
        assertTrue(out.contains("width=10"), out);
        assertFalse(out.contains("alt=a b"), out);
    }
}
