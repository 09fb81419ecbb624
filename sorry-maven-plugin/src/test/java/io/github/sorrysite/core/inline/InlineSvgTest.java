package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InlineSvgTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "namespaces and version go | <svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" viewBox=\"0 0 8 8\"><use xlink:href=\"#a\"/></svg> | <svg viewBox=\"0 0 8 8\"><use xlink:href=#a></use></svg>",
        "metadata and editor parts | <svg viewBox=\"0 0 8 8\" inkscape:version=\"1\"><metadata>x</metadata><sodipodi:namedview/><path d=\"M0 0h8\"/></svg> | <svg viewBox=\"0 0 8 8\"><path d=\"M0 0h8\"></path></svg>",
        "white space between tags  | <svg viewBox=\"0 0 8 8\">\\n  <g>\\n    <path d=\"M0 0\"/>\\n  </g>\\n</svg> | <svg viewBox=\"0 0 8 8\"><g><path d=\"M0 0\"></path></g></svg>",
        "geometry numbers          | <svg viewBox=\"0 0 8.0 8.50\"><circle cx=\"0.5\" r=\"2.50\" class=\"a0.5\"></circle></svg> | <svg viewBox=\"0 0 8 8.5\"><circle cx=.5 r=2.5 class=a0.5></circle></svg>",
        "text keeps its spaces     | `<svg viewBox=\"0 0 8 8\"><text> a <tspan>b</tspan> </text></svg>` | `<svg viewBox=\"0 0 8 8\"><text> a <tspan>b</tspan> </text></svg>`",
    })
    void optimises(String name, String svg, String expected) {
        Document document = Jsoup.parse("<p>" + svg.replace("\\n", "\n"));
        CleanForInline.optimiseInlineSvg(document, false);
        assertEquals(expected, CompactHtml.write(document.selectFirst("svg")));
    }

    @org.junit.jupiter.api.Test
    void numbersStayWhenTheCssSelectsByThem() {
        Document document = Jsoup.parse("<p><svg viewBox=\"0 0 8.0 8\"><rect width=\"10.0\"></rect></svg>");
        CleanForInline.optimiseInlineSvg(document, true);
        assertEquals("<svg viewBox=\"0 0 8.0 8\"><rect width=10.0></rect></svg>", CompactHtml.write(document.selectFirst("svg")));
    }
}
