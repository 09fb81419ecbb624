package io.github.sorrysite.core.verify;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.css.CssBlock;
import io.github.sorrysite.core.css.CssParser;
import io.github.sorrysite.core.css.CssUrls;
import io.github.sorrysite.core.html.AssetUrlWalker;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The URLs a served page or stylesheet makes a browser load, resolved against where it was served.
 * Lenient on purpose: verify reads what is live, and a stylesheet the build would refuse still
 * loads in a browser.
 */
public final class FindReferences {
    private FindReferences() {
    }

    public static List<AssetReference> inHtml(URI page, String html) {
        Map<URI, AssetReference> out = new LinkedHashMap<>();
        Document doc = Jsoup.parse(html);
        // Markup URLs from the build's one table of URL places; CSS below, for the property each url() is in.
        for (AssetUrlWalker.Reference reference : AssetUrlWalker.references(doc)) {
            AssetUrlWalker.Form form = reference.place().form();
            if (!reference.loads() || form == AssetUrlWalker.Form.CSS_DECLARATIONS || form == AssetUrlWalker.Form.CSS_STYLESHEET) {
                continue;
            }
            boolean stylesheet = reference.element().nameIs("link")
                    && reference.element().attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet");
            add(out, page, reference.url(), stylesheet ? AssetReference.Kind.STYLESHEET : AssetReference.Kind.OTHER);
        }
        for (Element style : doc.select("style")) {
            inCss(page, style.data()).forEach(r -> out.putIfAbsent(r.url(), r));
        }
        for (Element e : doc.select("[style]")) {
            List<AssetReference> found = new ArrayList<>();
            try {
                collect(CssParser.parseDeclarations(e.attr("style"), page.toString(), 0), page, found);
            } catch (BadInputException unparseable) {
                AssetUrlWalker.stylesheetUrls("x{" + e.attr("style") + "}").forEach(u -> add(found, page, u, AssetReference.Kind.OTHER));
            }
            found.forEach(r -> out.putIfAbsent(r.url(), r));
        }
        return List.copyOf(out.values());
    }

    public static List<AssetReference> inCss(URI stylesheet, String css) {
        List<AssetReference> found = new ArrayList<>();
        try {
            collect(CssParser.parseStylesheet(css, stylesheet.toString()), stylesheet, found);
        } catch (BadInputException unparseable) {
            // A browser still loads what it can of a stylesheet the build would refuse.
            AssetUrlWalker.stylesheetUrls(css).forEach(u -> add(found, stylesheet, u, AssetReference.Kind.OTHER));
        }
        return List.copyOf(found);
    }

    /** Each url() with the property it is in (a mask needs CORS), and each @import as a stylesheet. */
    private static void collect(CssBlock block, URI base, List<AssetReference> found) {
        CssUrls.forEachUrl(block, (url, property, fontFace) -> {
            if (property == null) {
                URI resolved = resolve(base, url);
                if (resolved != null && found.stream().noneMatch(r -> r.url().equals(resolved))) {
                    found.add(new AssetReference(resolved, AssetReference.Kind.STYLESHEET));
                }
                return;
            }
            String p = property.toLowerCase(Locale.ROOT);
            add(found, base, url, p.startsWith("mask") || p.startsWith("-webkit-mask") ? AssetReference.Kind.MASK : AssetReference.Kind.OTHER);
        });
    }

    private static void add(List<AssetReference> found, URI base, String reference, AssetReference.Kind kind) {
        URI url = resolve(base, reference);
        if (url != null && found.stream().noneMatch(r -> r.url().equals(url))) {
            found.add(new AssetReference(url, AssetReference.byExtension(url, kind)));
        }
    }

    private static void add(Map<URI, AssetReference> out, URI base, String reference, AssetReference.Kind kind) {
        URI url = resolve(base, reference);
        if (url != null) {
            out.putIfAbsent(url, new AssetReference(url, AssetReference.byExtension(url, kind)));
        }
    }

    /** Only http(s) URLs a browser fetches; data: URIs and fragments load nothing. */
    static URI resolve(URI base, String reference) {
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty() || ref.startsWith("data:") || ref.startsWith("#") || ref.startsWith("about:")) {
            return null;
        }
        try {
            URI url = base.resolve(ref.replace(" ", "%20"));
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return null;
            }
            return new URI(url.getScheme(), url.getRawAuthority(), url.getRawPath(), url.getRawQuery(), null).normalize();
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return null;
        }
    }
}
