package io.github.sorrysite.core.inline;

import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes a page as short as HTML allows without changing what the browser builds from it:
 * optional start and end tags are left out (html, head, body, and the end tags of p, li, dt, dd,
 * table parts and options where the next sibling allows it), attribute values go unquoted where
 * they can, and only the characters that would otherwise be misread are escaped.
 *
 * <p>White space must already be collapsed ({@link CollapseWhitespace}).
 */
final class CompactHtml {
    static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr");
    private static final Set<String> RAW = Set.of("script", "style");
    private static final Set<String> P_CLOSERS = Set.of("address", "article", "aside", "blockquote", "details",
            "dialog", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "search", "section", "table", "ul");
    private static final Set<String> P_KEEP_IN = Set.of("a", "audio", "del", "ins", "map", "noscript", "video");
    private static final Set<String> HEAD_START_BLOCKERS = Set.of("meta", "link", "script", "style", "template");

    private CompactHtml() {
    }

    static String write(Document document) {
        StringBuilder out = new StringBuilder("<!doctype html>");
        Element html = document.selectFirst("html");
        if (html == null) {
            return out.toString();
        }
        if (html.attributesSize() > 0) {
            startTag(html, out);
        }
        for (Node child : html.childNodes()) {
            if (child instanceof Element e && (e.nameIs("head") || e.nameIs("body"))) {
                boolean omitStart = e.attributesSize() == 0 && (e.nameIs("head")
                        ? e.childNodeSize() == 0 || e.childNode(0) instanceof Element
                        : !(e.childNodeSize() > 0 && e.childNode(0) instanceof Element first
                                && HEAD_START_BLOCKERS.contains(first.normalName()))
                                && !(e.childNodeSize() > 0 && e.childNode(0) instanceof TextNode));
                if (!omitStart) {
                    startTag(e, out);
                }
                children(e, out);
            } else {
                node(child, out);
            }
        }
        return out.toString();
    }

    static String write(Node node) {
        StringBuilder out = new StringBuilder();
        node(node, out);
        return out.toString();
    }

    private static void children(Element element, StringBuilder out) {
        for (Node child : element.childNodes()) {
            node(child, out);
        }
    }

    private static void node(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            Node parent = text.parentNode();
            boolean rcdata = parent instanceof Element p && (p.nameIs("title") || p.nameIs("textarea"));
            out.append(entities(escapeText(text.getWholeText(), rcdata), asciiOnly(text)));
        } else if (node instanceof DataNode data) {
            out.append(data.getWholeData());
        } else if (node instanceof Element element) {
            startTag(element, out);
            if (VOID.contains(element.normalName())) {
                return;
            }
            if (RAW.contains(element.normalName())) {
                out.append(element.data());
            } else {
                children(element, out);
            }
            if (!endTagOptional(element)) {
                out.append("</").append(element.normalName()).append('>');
            }
        } else if (!(node instanceof DocumentType)) {
            // comments and the like carry nothing the browser shows
        }
    }

    private static void startTag(Element element, StringBuilder out) {
        out.append('<').append(element.normalName());
        for (Attribute attribute : element.attributes()) {
            out.append(' ').append(attribute.getKey());
            String value = attribute.getValue();
            if (value.isEmpty()) {
                continue; // <img alt> is alt="", and boolean attributes need no value
            }
            out.append('=').append(entities(attributeValue(value), asciiOnly(element)));
        }
        out.append('>');
    }

    static String attributeValue(String value) {
        if (!value.isEmpty() && value.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
                || c == '"' || c == '\'' || c == '=' || c == '<' || c == '>' || c == '`')) {
            return escapeAmp(value);
        }
        long doubles = value.chars().filter(c -> c == '"').count();
        long singles = value.chars().filter(c -> c == '\'').count();
        char quote = doubles > singles ? '\'' : '"';
        String escaped = escapeAmp(value).replace(String.valueOf(quote), quote == '"' ? "&quot;" : "&#39;");
        return quote + escaped + quote;
    }

    private static boolean endTagOptional(Element element) {
        String name = element.normalName();
        Node next = element.nextSibling();
        String nextName = next instanceof Element e ? e.normalName() : null;
        boolean last = next == null;
        switch (name) {
            case "p":
                if (nextName != null) {
                    return P_CLOSERS.contains(nextName);
                }
                return last && !(element.parent() != null && P_KEEP_IN.contains(element.parent().normalName()));
            case "li":
                return last || "li".equals(nextName);
            case "dt":
                return "dt".equals(nextName) || "dd".equals(nextName);
            case "dd":
                return last || "dt".equals(nextName) || "dd".equals(nextName);
            case "option":
                return last || "option".equals(nextName) || "optgroup".equals(nextName);
            case "optgroup":
                return last || "optgroup".equals(nextName);
            case "td":
            case "th":
                return last || "td".equals(nextName) || "th".equals(nextName);
            case "tr":
                return last || "tr".equals(nextName);
            case "tbody":
                return last || "tbody".equals(nextName) || "tfoot".equals(nextName);
            case "thead":
                return "tbody".equals(nextName) || "tfoot".equals(nextName);
            case "tfoot":
                return last;
            default:
                return false;
        }
    }

    /** Named references shorter than (or as short as) the numeric ones, for the characters pages use most. */
    private static final java.util.Map<Integer, String> NAMED = java.util.Map.ofEntries(
            java.util.Map.entry(0x2019, "&rsquo;"), java.util.Map.entry(0x2018, "&lsquo;"), java.util.Map.entry(0x201C, "&ldquo;"),
            java.util.Map.entry(0x201D, "&rdquo;"), java.util.Map.entry(0x2014, "&mdash;"), java.util.Map.entry(0x2013, "&ndash;"),
            java.util.Map.entry(0xA0, "&nbsp;"), java.util.Map.entry(0xA9, "&copy;"), java.util.Map.entry(0xAE, "&reg;"),
            java.util.Map.entry(0xB7, "&middot;"), java.util.Map.entry(0xE9, "&eacute;"), java.util.Map.entry(0x2026, "&hellip;"));

    /** Whether the document is written in ASCII only, with character references (see {@link CleanForInline#declareCharset}). */
    static boolean asciiOnly(Node node) {
        Document document = node.ownerDocument();
        return document != null && document.outputSettings().charset().name().equals("US-ASCII");
    }

    /** The shortest character reference for a code point: {@code &rsquo;} or {@code &#8217;}. */
    static String reference(int codePoint) {
        String named = NAMED.get(codePoint);
        String numeric = "&#" + codePoint + ";";
        return named != null && named.length() <= numeric.length() ? named : numeric;
    }

    private static String entities(String text, boolean ascii) {
        if (!ascii || text.chars().allMatch(c -> c < 128)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> out.append(cp < 128 ? String.valueOf((char) cp) : reference(cp)));
        return out.toString();
    }

    static String escapeText(String text, boolean rcdata) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (c == '&' && (Character.isLetterOrDigit(next) || next == '#')) {
                out.append("&amp;");
            } else if (c == '<' && (rcdata ? next == '/' : Character.isLetter(next) || next == '/' || next == '!' || next == '?')) {
                out.append("&lt;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String escapeAmp(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char next = i + 1 < value.length() ? value.charAt(i + 1) : ' ';
            out.append(c == '&' && (Character.isLetterOrDigit(next) || next == '#') ? "&amp;" : String.valueOf(c));
        }
        return out.toString();
    }
}
