package io.github.sorrysite.core.html;

import io.github.sorrysite.core.css.Declarations;
import io.github.sorrysite.core.css.Stylesheet;
import io.github.sorrysite.core.css.CssParser;
import io.github.sorrysite.core.css.CssUrls;
import io.github.sorrysite.core.css.MinifyCss;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rewrites every asset reference in a parsed page: {@code src}, {@code href}, {@code poster},
 * {@code <object data>}, each candidate of {@code srcset}/{@code imagesrcset} (including
 * {@code <picture><source>}), SVG {@code href}/{@code xlink:href}, social-card {@code <meta content>},
 * and {@code url()} in {@code style} attributes and {@code <style>} blocks (through the CSS parser).
 */
public final class RewriteAssetUrls {
    private static final Set<String> URL_ATTRIBUTES = Set.of("src", "href", "poster", "xlink:href");
    private static final Set<String> SRCSET_ATTRIBUTES = Set.of("srcset", "imagesrcset");

    private RewriteAssetUrls() {
    }

    /**
     * @param rewrite maps one reference to its new URL (or returns it unchanged)
     * @param where names the page in CSS error messages
     */
    public static void apply(Document document, UnaryOperator<String> rewrite, String where) {
        for (Element element : document.getAllElements()) {
            for (String name : URL_ATTRIBUTES) {
                if (element.hasAttr(name)) {
                    element.attr(name, rewrite.apply(element.attr(name)));
                }
            }
            if (element.nameIs("object") && element.hasAttr("data")) {
                element.attr("data", rewrite.apply(element.attr("data")));
            }
            if (element.nameIs("meta") && element.hasAttr("content") && isUrlMeta(element)) {
                element.attr("content", rewrite.apply(element.attr("content")));
            }
            for (String name : SRCSET_ATTRIBUTES) {
                if (element.hasAttr(name)) {
                    element.attr(name, Srcset.rewrite(element.attr(name), rewrite));
                }
            }
            if (element.hasAttr("style")) {
                Declarations declarations = CssParser.parseDeclarations(element.attr("style"), where, 0);
                if (CssUrls.rewrite(declarations, rewrite)) {
                    element.attr("style", MinifyCss.write(declarations));
                }
            }
            if (element.nameIs("style")) {
                Stylesheet sheet = CssParser.parseStylesheet(element.data(), where + " <style>");
                if (CssUrls.rewrite(sheet, rewrite)) {
                    element.empty();
                    element.appendChild(new DataNode(MinifyCss.write(sheet)));
                }
            }
        }
    }

    /** {@code og:image}, {@code twitter:image} and the like carry URLs; other meta content is text. */
    private static boolean isUrlMeta(Element meta) {
        String key = (meta.attr("property") + " " + meta.attr("name") + " " + meta.attr("itemprop")).toLowerCase();
        return key.contains("image") || key.contains(":url") || key.contains("video") || key.contains("audio");
    }
}
