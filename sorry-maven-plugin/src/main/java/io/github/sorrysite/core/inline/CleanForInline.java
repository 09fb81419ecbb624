package io.github.sorrysite.core.inline;

import io.github.sorrysite.core.css.AtRule;
import io.github.sorrysite.core.css.CssBlock;
import io.github.sorrysite.core.css.CssNode;
import io.github.sorrysite.core.css.CssParser;
import io.github.sorrysite.core.css.StyleRule;
import io.github.sorrysite.core.css.Stylesheet;
import io.github.sorrysite.core.svg.MinifySvg;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * Removes from a page what an inline variant does not need to look the same: scripts, comments,
 * links other than stylesheets (favicon, preload, preconnect...), metadata for crawlers and
 * attributes nothing reads.
 */
final class CleanForInline {
    private static final Set<String> KEPT_META = Set.of("viewport", "theme-color", "color-scheme");
    private static final Set<String> DROPPED_ATTRIBUTES = Set.of("loading", "decoding", "fetchpriority", "integrity",
            "crossorigin", "nonce", "referrerpolicy", "importance");
    private static final Pattern WHITE_SPACE_PRE = Pattern.compile("white-space\\s*:\\s*(pre|break-spaces)", Pattern.CASE_INSENSITIVE);

    private CleanForInline() {
    }

    /**
     * An icon given inline ({@code <link rel=icon href="data:,">}) stays: it costs a few characters,
     * and without any icon link the browser asks the ALB host for {@code /favicon.ico}, which the
     * sorry rule answers with the page itself (an error in the console, a wasted request).
     */
    private static boolean isInlineIcon(Element link) {
        return link.attr("rel").toLowerCase(Locale.ROOT).matches("(.*\\s)?icon(\\s.*)?")
                && link.attr("href").strip().startsWith("data:");
    }

    static void removeUnneeded(Document document) {
        document.select("script, noscript, template").remove();
        List<Node> comments = new java.util.ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, document);
        comments.forEach(Node::remove);
        for (Element link : document.select("link")) {
            if (isInlineIcon(link)) {
                continue;
            }
            if (!link.attr("rel").toLowerCase(Locale.ROOT).matches("(.*\\s)?stylesheet(\\s.*)?") || link.hasAttr("disabled")
                    || link.attr("rel").toLowerCase(Locale.ROOT).contains("alternate")) {
                link.remove();
            }
        }
        for (Element meta : document.select("meta")) {
            String name = meta.attr("name").toLowerCase(Locale.ROOT);
            String httpEquiv = meta.attr("http-equiv").toLowerCase(Locale.ROOT);
            boolean keep = KEPT_META.contains(name) || !httpEquiv.isEmpty() && !httpEquiv.equals("content-type");
            if (!keep) {
                meta.remove(); // including <meta charset>: declareCharset puts back what the body needs
            }
        }
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : List.copyOf(element.attributes().asList())) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || DROPPED_ATTRIBUTES.contains(key)
                        || key.equals("type") && (element.nameIs("style") || element.nameIs("link"))) {
                    element.removeAttr(attribute.getKey());
                }
            }
        }
    }

    /**
     * Inline {@code <svg>} in an HTML body: the HTML parser puts it in the SVG namespace by itself, so
     * {@code xmlns}, {@code xmlns:xlink}, {@code version} and {@code xml:space} carry nothing, nor do
     * {@code <metadata>}, editors' {@code sodipodi:}/{@code inkscape:} parts, or white space between
     * elements (outside {@code <text>}); geometry numbers lose leading and trailing zeros, as in SVG
     * files ({@link MinifySvg#geometry}), unless {@code keepNumbers} (the page's CSS selects by a geometry
     * attribute's text, {@link MinifySvg#selectsGeometry}).
     */
    static void optimiseInlineSvg(Document document, boolean keepNumbers) {
        for (Element svg : document.select("svg")) {
            svg.select("metadata").remove();
            for (Element e : svg.getAllElements()) {
                if (e.normalName().contains(":")) {
                    e.remove();
                    continue;
                }
                for (Attribute attribute : List.copyOf(e.attributes().asList())) {
                    String key = attribute.getKey().toLowerCase(Locale.ROOT);
                    if (key.equals("xmlns") || key.startsWith("xmlns:") || key.equals("xml:space") || key.startsWith("sodipodi:")
                            || key.startsWith("inkscape:") || e == svg && key.equals("version")) {
                        e.removeAttr(attribute.getKey());
                    } else if (!keepNumbers) {
                        attribute.setValue(MinifySvg.geometry(attribute.getKey(), attribute.getValue())); // writes through, case kept
                    }
                }
                if (!e.nameIs("text") && !e.nameIs("tspan") && !e.nameIs("textpath") && !e.nameIs("style") && !e.nameIs("title")
                        && !e.nameIs("desc")) {
                    e.textNodes().stream().filter(org.jsoup.nodes.TextNode::isBlank).forEach(Node::remove);
                }
            }
        }
    }

    /**
     * Drops {@code <meta name=color-scheme>} when the kept CSS sets {@code color-scheme} on the root
     * element in a rule that always applies (not inside {@code @media} or {@code @supports}): author
     * CSS overrides the meta tag, and the stylesheet is render-blocking, so the page looks the same
     * without its 45 characters. The rule's selector is evaluated by jsoup exactly, not widened: a
     * selector jsoup cannot evaluate keeps the meta tag.
     */
    static void dropOverriddenColorScheme(Document document, CssBlock sheet) {
        Element meta = document.selectFirst("meta[name=color-scheme]");
        if (meta == null || !setsRootColorScheme(sheet, document)) {
            return;
        }
        meta.remove();
    }

    private static boolean setsRootColorScheme(CssBlock block, Document document) {
        for (CssNode node : block.children()) {
            if (node instanceof StyleRule rule && rule.declarations().stream().anyMatch(d -> d.name().equals("color-scheme"))) {
                for (String selector : rule.selectors()) {
                    try {
                        if (document.select(selector).contains(document.selectFirst("html"))) {
                            return true;
                        }
                    } catch (RuntimeException e) {
                        // not decidable: look at the next selector
                    }
                }
            } else if (node instanceof AtRule at && at.baseName().equals("layer") && setsRootColorScheme(at, document)) {
                return true;
            }
        }
        return false;
    }

    /** Drops ids and data attributes that neither the kept CSS nor the markup refers to. */
    /**
     * Whether a stylesheet that is not ours stays linked (a CDN's Font Awesome): its rules may use any
     * class, id or {@code data-*} attribute and any keyframes name, so none of them may change.
     */
    static boolean otherStylesheetLinked(Document document) {
        return !document.select("link[rel~=(?i)^stylesheet$], style").isEmpty();
    }

    static void pruneAttributes(Document document, String css) {
        if (otherStylesheetLinked(document)) {
            return;
        }
        Set<String> referenced = new HashSet<>();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue();
                if (value.startsWith("#")) {
                    referenced.add(value.substring(1));
                }
                String key = attribute.getKey();
                if (key.equals("for") || key.startsWith("aria-") || key.equals("headers") || key.equals("list")
                        || key.equals("form") || key.equals("popovertarget") || key.equals("commandfor")) {
                    referenced.addAll(List.of(value.split("\\s+")));
                }
            }
        }
        for (Element element : document.getAllElements()) {
            String id = element.id();
            if (!id.isEmpty() && !referenced.contains(id) && !css.contains("#" + id)) {
                element.removeAttr("id");
            }
            for (Attribute attribute : List.copyOf(element.attributes().asList())) {
                if (attribute.getKey().startsWith("data-") && !css.contains(attribute.getKey())) {
                    element.removeAttr(attribute.getKey());
                }
            }
        }
    }

    /** Elements whose white space the CSS keeps ({@code white-space: pre...}), so it must not be collapsed. */
    static Set<Element> preformatted(Document document, String css) {
        Set<Element> keep = new HashSet<>();
        if (css.isEmpty() || !WHITE_SPACE_PRE.matcher(css).find()) {
            return keep;
        }
        Stylesheet sheet = CssParser.parseStylesheet(css, "reduced stylesheet");
        collect(sheet, List.of(), document, keep);
        return keep;
    }

    private static void collect(CssBlock container, List<String> parents, Document document, Set<Element> keep) {
        for (CssNode node : container.children()) {
            if (node instanceof StyleRule rule) {
                List<String> resolved = rule.selectors().stream().map(s -> SelectorMatcher.resolve(s, parents)).toList();
                boolean pre = rule.declarations().stream().anyMatch(d -> d.name().equals("white-space")
                        && WHITE_SPACE_PRE.matcher("white-space:" + d.value()).find());
                if (pre) {
                    for (String selector : resolved) {
                        try {
                            keep.addAll(document.select(SelectorMatcher.structural(selector)));
                        } catch (RuntimeException e) {
                            keep.add(document.body()); // cannot tell which: keep all white space
                        }
                    }
                }
                collect(rule, resolved, document, keep);
            } else if (node instanceof AtRule at && at.kind() == AtRule.Kind.RULES && !at.isKeyframes()) {
                collect(at, parents, document, keep);
            }
        }
    }

    /**
     * Declares how the body's non-ASCII text is to be read: ALB sends text/html without a charset,
     * and browsers would otherwise guess (mojibake for Japanese). Either {@code <meta charset=utf-8>}
     * goes first in the head (20 characters), or, when that is shorter, each non-ASCII character of
     * the text and attributes is written as a character reference ({@code &rsquo;}): a page with one
     * apostrophe needs 6 more characters, not 20. CSS and scripts cannot hold references, so
     * non-ASCII there always takes the meta tag.
     */
    static void declareCharset(Document document) {
        document.select("meta[charset]").remove();
        document.outputSettings().charset(java.nio.charset.StandardCharsets.UTF_8);
        String html = CompactHtml.write(document);
        if (html.chars().allMatch(c -> c < 128)) {
            return;
        }
        boolean rawNonAscii = document.select("style, script").stream().anyMatch(e -> e.data().chars().anyMatch(c -> c > 127));
        int extra = 0;
        for (int i = 0; i < html.length(); ) {
            int cp = html.codePointAt(i);
            if (cp > 127) {
                extra += CompactHtml.reference(cp).length() - Character.charCount(cp);
            }
            i += Character.charCount(cp);
        }
        if (!rawNonAscii && extra < META_CHARSET.length()) {
            document.outputSettings().charset(java.nio.charset.StandardCharsets.US_ASCII);
        } else {
            document.head().prependElement("meta").attr("charset", "utf-8");
        }
    }

    private static final String META_CHARSET = "<meta charset=utf-8>";
}
