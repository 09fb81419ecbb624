package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompactHtmlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "optional tags go | <!DOCTYPE html><html><head><title>T</title></head><body><p>a</p><p>b</p></body></html> | <!doctype html><title>T</title><p>a<p>b",
        "html keeps its lang | <html lang=ja><head><title>T</title></head><body><main>x</main></body></html> | <!doctype html><html lang=ja><title>T</title><main>x</main>",
        "p end tag stays inside a | <body><a href=/><p>x</p></a></body> | <!doctype html><a href=/><p>x</p></a>",
        "p end tag stays before inline content | <body><div><p>x</p>tail</div></body> | <!doctype html><div><p>x</p>tail</div>",
        "dt dd li end tags | <body><dl><dt>a</dt><dd>b</dd></dl><ul><li>1</li><li>2</li></ul></body> | <!doctype html><dl><dt>a<dd>b</dl><ul><li>1<li>2</ul>",
        "attributes unquoted where safe | <body><img src=\"/a.svg\" alt=\"\" width=\"1\"><a href=\"https://x.test/?a=1&amp;b=2\" title=\"two words\">x</a></body> | `<!doctype html><img src=/a.svg alt width=1><a href=\"https://x.test/?a=1&amp;b=2\" title=\"two words\">x</a>`",
        "collapses white space by rendering rules | <body>\\n <main>\\n  <h1> Hi  there </h1>\\n  <p>a <b>b</b> c</p>\\n </main>\\n</body> | <!doctype html><main><h1>Hi there</h1><p>a <b>b</b> c</main>",
        "pre keeps white space | <body><pre>  a\\n  b</pre></body> | `<!doctype html><pre>  a\\n  b</pre>`",
        "body start stays before a style | <head><title>T</title></head><body><style>p{}</style><p>x</body> | <!doctype html><title>T</title><body><style>p{}</style><p>x",
        "text escaping is minimal | <body><p>a &amp; b &lt;c&gt; &amp;x</body> | <!doctype html><p>a & b &lt;c> &amp;x",
    })
    void writes(String name, String input, String expected) {
        Document document = Jsoup.parse(input.replace("\\n", "\n"));
        CollapseWhitespace.apply(document, Set.of());
        String compact = CompactHtml.write(document);
        assertEquals(expected.replace("\\n", "\n"), compact);
        // The browser must build the same tree from the short form.
        Document reparsed = Jsoup.parse(compact);
        assertEquals(tree(document), tree(reparsed));
    }

    /** The DOM as the browser sees it: names, attribute values and text, independent of serialisation. */
    static String tree(org.jsoup.nodes.Node node) {
        StringBuilder out = new StringBuilder();
        if (node instanceof org.jsoup.nodes.TextNode text) {
            return "'" + text.getWholeText() + "'";
        }
        if (node instanceof org.jsoup.nodes.DataNode data) {
            return "'" + data.getWholeData() + "'";
        }
        if (node instanceof org.jsoup.nodes.Element e) {
            out.append(e.normalName());
            e.attributes().asList().stream().map(a -> a.getKey() + "=" + a.getValue()).sorted()
                    .forEach(a -> out.append(' ').append(a));
        }
        out.append('(');
        for (org.jsoup.nodes.Node child : node.childNodes()) {
            if (!(child instanceof org.jsoup.nodes.Comment) && !(child instanceof org.jsoup.nodes.DocumentType)) {
                out.append(tree(child));
            }
        }
        return out.append(')').toString();
    }
}
