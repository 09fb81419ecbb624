package io.github.sorrysite.core.inline;

import io.github.sorrysite.core.html.AssetUrlWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
    /**
     * The places a {@code <base>} would move: every attribute URL. Not meta content: crawlers do not
     * resolve it against the base, so it must stay absolute.
     */
    private static final Predicate<AssetUrlWalker.Place> ATTRIBUTES = place ->
            (place.form() == AssetUrlWalker.Form.URL || place.form() == AssetUrlWalker.Form.SRCSET) && !"content".equals(place.attribute());

    private BaseForCdnUrls() {
    }

    /** @param prefixUrl the CDN base plus the content prefix, e.g. {@code https://cdn.example/sorrycontent/} */
    static void apply(Document document, String prefixUrl) {
        if (!prefixUrl.startsWith("https://") && !prefixUrl.startsWith("http://") || !document.select("base").isEmpty()) {
            return;
        }
        List<String> attributeUrls = new ArrayList<>();
        List<String> cssUrls = new ArrayList<>();
        for (AssetUrlWalker.Reference reference : AssetUrlWalker.references(document)) {
            AssetUrlWalker.Form form = reference.place().form();
            if (ATTRIBUTES.test(reference.place())) {
                attributeUrls.add(reference.url().strip());
            } else if (form == AssetUrlWalker.Form.CSS_DECLARATIONS || form == AssetUrlWalker.Form.CSS_STYLESHEET) {
                cssUrls.add(reference.url().strip());
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
        AssetUrlWalker.rewrite(document, ATTRIBUTES, strip, "inline body");
        // First in <head> (after the charset, which must stay first): every URL after it resolves against it.
        Element charset = document.head().selectFirst("meta[charset]");
        Element base = new Element("base").attr("href", prefixUrl);
        if (charset != null) {
            charset.after(base);
        } else {
            document.head().prependChild(base);
        }
    }
}
