package io.github.sorrysite.core.inline;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Collapses white space the way CSS renders it ({@code white-space: normal}): runs become one
 * space, and spaces at the start or end of a line (next to a block, or at the edge of a block
 * container) go, because the browser would not show them. Elements in {@code keep} (and
 * {@code pre}, {@code textarea}) keep their white space exactly.
 */
final class CollapseWhitespace {
    static final Set<String> BLOCK = Set.of("html", "head", "body", "main", "div", "p", "h1", "h2", "h3", "h4", "h5",
            "h6", "ul", "ol", "li", "dl", "dt", "dd", "header", "footer", "section", "article", "aside", "nav",
            "figure", "figcaption", "blockquote", "pre", "hr", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
            "caption", "form", "fieldset", "legend", "address", "details", "summary", "title", "meta", "link", "style",
            "script", "base", "template", "hgroup", "search", "menu", "dialog", "noscript", "colgroup", "col",
            "optgroup", "option");

    private CollapseWhitespace() {
    }

    static void apply(Element root, Set<Element> keep) {
        for (Element element : root.getAllElements()) {
            if (preserves(element, keep)) {
                continue;
            }
            List<TextNode> texts = element.textNodes();
            for (TextNode text : texts) {
                String collapsed = text.getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " ");
                Node previous = text.previousSibling();
                Node next = text.nextSibling();
                boolean block = BLOCK.contains(element.normalName());
                if (isLineBreak(previous) || previous == null && block) {
                    collapsed = stripLeading(collapsed);
                }
                if (isLineBreak(next) || next == null && block) {
                    collapsed = stripTrailing(collapsed);
                }
                if (collapsed.isEmpty()) {
                    text.remove();
                } else {
                    text.text(collapsed);
                }
            }
        }
        // A space left after a space (" <b> x</b>") still collapses into the first: keep it simple and leave it.
    }

    private static boolean preserves(Element element, Set<Element> keep) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.nameIs("pre") || e.nameIs("textarea") || keep.contains(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLineBreak(Node node) {
        return node instanceof Element e && (BLOCK.contains(e.normalName()) || e.nameIs("br"));
    }

    private static String stripLeading(String s) {
        return s.startsWith(" ") ? s.substring(1) : s;
    }

    private static String stripTrailing(String s) {
        return s.endsWith(" ") ? s.substring(0, s.length() - 1) : s;
    }
}
