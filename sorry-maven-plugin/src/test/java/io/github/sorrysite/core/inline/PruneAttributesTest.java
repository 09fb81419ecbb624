package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PruneAttributesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "unreferenced id and data-* go   | `#a{top:0}` | `<p id=a><i id=b data-x=1 data-y=2>`       | `<p id=a><i data-y=2></i>`",
        "a label's target keeps its id   | ``          | `<label for=n>N</label><input id=n>`      | `<label for=n>N</label><input id=n>`",
        "a stylesheet not ours keeps all | ``          | `<link rel=stylesheet href=https://cdn.example/x.css><i id=b data-x=1>` | `<i id=b data-x=1></i>`",
    })
    void prunes(String name, String css, String html, String expected) {
        Document document = Jsoup.parse(html);
        CleanForInline.pruneAttributes(document, css == null ? "data-y" : css + "[data-y]");
        assertEquals(expected, CompactHtml.write(document.body()).replaceFirst("^<body>", "").replaceFirst("</body>$", ""));
    }
}
