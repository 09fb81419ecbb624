package io.github.sorrysite.core.inline;

import io.github.sorrysite.core.css.Declarations;
import io.github.sorrysite.core.css.CssParser;
import io.github.sorrysite.core.css.CssUrls;
import io.github.sorrysite.core.html.Srcset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes the CDN asset prefix once, in {@code <base href>}, instead of in front of every asset URL
 * of an inline body: {@code https://d111111abcdef8.cloudfront.net/sorrycontent/} is 51 characters,
 * and every one counts against the ALB's 1024.
 *
 * <p>Only done when it cannot change what the page does: every other URL in the body must already
 * be absolute with a scheme (a root-relative link such as {@code /ja/}, a relative one, or a
 * fragment such as {@code #main} would then resolve against the CDN instead of the requested
 * page), no {@code <base>} may exist yet, and it must actually save characters.
 */
final class BaseForCdnUrls {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "poster", "action", "formaction", "cite",
            "background", "xlink:href", "data");
    private static final Set<String> SRCSET_ATTRIBUTES = Set.of("srcset", "imagesrcset");

    private BaseForCdnUrls() {
    }

    /** @param prefixUrl the CDN base plus the content prefix, e.g. {@code https://cdn.example/sorrycontent/} */
    static void apply(Document document, String prefixUrl) {
        if (!prefixUrl.startsWith("https://") && !prefixUrl.startsWith("http://") || !document.select("base").isEmpty()) {
            return;
        }
        List<String> attributeUrls = new ArrayList<>();
        List<String> cssUrls = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            for (String name : URL_ATTRIBUTES) {
                if (element.hasAttr(name) && (!name.equals("data") || element.nameIs("object"))) {
                    attributeUrls.add(element.attr(name).strip());
                }
            }
            for (String name : SRCSET_ATTRIBUTES) {
                if (element.hasAttr(name)) {
                    Srcset.parse(element.attr(name)).forEach(c -> attributeUrls.add(c.url()));
                }
            }
            if (element.hasAttr("style")) {
                Declarations declarations = CssParser.parseDeclarations(element.attr("style"), "inline body", 0);
                CssUrls.rewrite(declarations, collect(cssUrls));
            }
            if (element.nameIs("style")) {
                CssUrls.rewrite(CssParser.parseStylesheet(element.data(), "inline body <style>"), collect(cssUrls));
            }
        }
        // URLs inside CSS stay absolute (few, and not worth rewriting CSS here), but must not be moved by a base.
        if (cssUrls.stream().map(String::strip).anyMatch(u -> !SCHEME.matcher(u).find())) {
            return;
        }
        int shortened = 0;
        for (String url : attributeUrls) {
            if (url.startsWith(prefixUrl)) {
                shortened++;
            } else if (!SCHEME.matcher(url).find()) {
                return; // relative, root-relative, fragment or empty: a base would move it
            }
        }
        String tag = "<base href=" + prefixUrl + ">";
        if (shortened * prefixUrl.length() <= tag.length()) {
            return;
        }
        UnaryOperator<String> strip = url -> url.strip().startsWith(prefixUrl) ? url.strip().substring(prefixUrl.length()) : url;
        for (Element element : document.getAllElements()) {
            for (String name : URL_ATTRIBUTES) {
                if (element.hasAttr(name) && (!name.equals("data") || element.nameIs("object"))) {
                    element.attr(name, strip.apply(element.attr(name)));
                }
            }
            for (String name : SRCSET_ATTRIBUTES) {
                if (element.hasAttr(name)) {
                    element.attr(name, Srcset.rewrite(element.attr(name), strip));
                }
            }
        }
        // First in <head> (after the charset, which must stay first): every URL after it resolves against it.
        Element charset = document.head().selectFirst("meta[charset]");
        Element base = new Element("base").attr("href", prefixUrl);
        if (charset != null) {
            charset.after(base);
        } else {
            document.head().prependChild(base);
        }
    }

    private static UnaryOperator<String> collect(List<String> into) {
        return url -> {
            into.add(url);
            return url;
        };
    }
}
