package io.github.sorrysite.core.html;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.css.CssUrls;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The one table of where a page holds URLs, and the one walk over it. Rewriting to the CDN,
 * inlining (the {@code <base href>} decision) and lint all use it, so they never disagree on which
 * attribute is a URL.
 */
public final class AssetUrlWalker {
    /** How a place holds its URLs. */
    public enum Form {
        /** The attribute is one URL. */
        URL,
        /** A {@code srcset}: candidates of a URL and descriptors. */
        SRCSET,
        /** A {@code style} attribute: CSS declarations with {@code url()}. */
        CSS_DECLARATIONS,
        /** A {@code <style>} element: a stylesheet with {@code url()} and {@code @import}. */
        CSS_STYLESHEET
    }

    /**
     * One row of the table.
     *
     * @param attribute the attribute, or null for an element's content ({@code <style>})
     * @param applies whether an element has a URL there
     * @param loads whether a browser fetches it while showing the page (an image does; a link to follow does not)
     */
    public record Place(String attribute, Form form, Predicate<Element> applies, Predicate<Element> loads) {
    }

    /** A URL found in a page. */
    public record Reference(Element element, Place place, String url) {
        public boolean loads() {
            return place.loads().test(element);
        }
    }

    private static final Set<String> NOT_LOADED_LINKS = Set.of("canonical", "alternate", "preconnect", "dns-prefetch", "next", "prev",
            "author", "license", "help", "search", "bookmark", "external", "nofollow", "noopener", "noreferrer", "me");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")\\s]+)['\"]?\\s*\\)");
    private static final Predicate<Element> ALWAYS = e -> true;
    private static final Predicate<Element> NEVER = e -> false;

    /** Every place a URL can be, in the order they are walked. */
    public static final List<Place> PLACES = List.of(
            new Place("src", Form.URL, ALWAYS, ALWAYS),
            new Place("href", Form.URL, ALWAYS, AssetUrlWalker::hrefLoads),
            new Place("xlink:href", Form.URL, ALWAYS, AssetUrlWalker::hrefLoads),
            new Place("poster", Form.URL, ALWAYS, ALWAYS),
            new Place("data", Form.URL, e -> e.nameIs("object"), ALWAYS),
            new Place("background", Form.URL, ALWAYS, ALWAYS),
            new Place("action", Form.URL, ALWAYS, NEVER),
            new Place("formaction", Form.URL, ALWAYS, NEVER),
            new Place("cite", Form.URL, ALWAYS, NEVER),
            new Place("content", Form.URL, AssetUrlWalker::isUrlMeta, NEVER),
            new Place("srcset", Form.SRCSET, ALWAYS, ALWAYS),
            new Place("imagesrcset", Form.SRCSET, ALWAYS, ALWAYS),
            new Place("style", Form.CSS_DECLARATIONS, ALWAYS, ALWAYS),
            new Place(null, Form.CSS_STYLESHEET, e -> e.nameIs("style"), ALWAYS));

    private AssetUrlWalker() {
    }

    /**
     * Every URL in the page, in document order. CSS the parser refuses is scanned leniently for
     * {@code url()}: lint must still check bodies written by hand in existing deployment files.
     */
    public static List<Reference> references(Document document) {
        List<Reference> found = new ArrayList<>();
        walk(document, place -> true, (element, place, url) -> {
            found.add(new Reference(element, place, url));
            return url;
        }, "page", true);
        return found;
    }

    /** Every URL a stylesheet's text references ({@code url()}, {@code @import}), scanned leniently like a page's. */
    public static List<String> stylesheetUrls(String css) {
        List<String> found = new ArrayList<>();
        css(css, false, url -> {
            found.add(url);
            return url;
        }, "stylesheet", true);
        return found;
    }

    /**
     * Replaces each URL in the places {@code which} selects with what {@code rewrite} returns.
     *
     * @param where names the page in CSS error messages
     */
    public static void rewrite(Document document, Predicate<Place> which, UnaryOperator<String> rewrite, String where) {
        walk(document, which, (element, place, url) -> rewrite.apply(url), where, false);
    }

    /** Replaces each URL in every place. */
    public static void rewrite(Document document, UnaryOperator<String> rewrite, String where) {
        rewrite(document, place -> true, rewrite, where);
    }

    private interface Visit {
        String url(Element element, Place place, String url);
    }

    private static void walk(Document document, Predicate<Place> which, Visit visit, String where, boolean lenient) {
        for (Element element : document.getAllElements()) {
            if (element.attributesSize() == 0 && !element.nameIs("style")) {
                continue; // every place but a <style>'s content is an attribute
            }
            for (Place place : PLACES) {
                if (!which.test(place) || !place.applies().test(element)
                        || place.attribute() != null && !element.hasAttr(place.attribute())) {
                    continue;
                }
                UnaryOperator<String> one = url -> visit.url(element, place, url);
                switch (place.form()) {
                    case URL -> element.attr(place.attribute(), one.apply(element.attr(place.attribute())));
                    case SRCSET -> element.attr(place.attribute(), Srcset.rewrite(element.attr(place.attribute()), one));
                    case CSS_DECLARATIONS -> {
                        String after = css(element.attr("style"), true, one, where + " style attribute", lenient);
                        if (after != null) {
                            element.attr("style", after);
                        }
                    }
                    case CSS_STYLESHEET -> {
                        String after = css(element.data(), false, one, where + " <style>", lenient);
                        if (after != null) {
                            element.empty();
                            element.appendChild(new DataNode(after));
                        }
                    }
                    default -> throw new IllegalStateException("unhandled form " + place.form());
                }
            }
        }
    }

    private static String css(String text, boolean declarations, UnaryOperator<String> one, String where, boolean lenient) {
        try {
            return declarations ? CssUrls.rewriteDeclarations(text, one, where) : CssUrls.rewriteStylesheet(text, one, where);
        } catch (BadInputException unparseable) {
            if (!lenient) {
                throw unparseable;
            }
            Matcher m = CSS_URL.matcher(text);
            while (m.find()) {
                one.apply(m.group(1));
            }
            return null;
        }
    }

    /** A stylesheet, icon, preload or SVG image is fetched; a hyperlink is only followed. */
    private static boolean hrefLoads(Element element) {
        if (element.nameIs("link")) {
            for (String rel : element.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                if (NOT_LOADED_LINKS.contains(rel)) {
                    return false;
                }
            }
            return true;
        }
        return element.nameIs("use") || element.nameIs("image") || element.nameIs("feimage");
    }

    /** {@code og:image}, {@code twitter:image} and the like carry URLs; other meta content is text. */
    private static boolean isUrlMeta(Element element) {
        if (!element.nameIs("meta")) {
            return false;
        }
        String key = (element.attr("property") + " " + element.attr("name") + " " + element.attr("itemprop")).toLowerCase(Locale.ROOT);
        return key.contains("image") || key.contains(":url") || key.contains("video") || key.contains("audio");
    }
}
