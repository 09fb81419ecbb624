package io.github.sorrysite.core.verify;

import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSExpressionMemberTermURI;
import com.helger.css.decl.CSSImportRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.decl.visit.CSSVisitor;
import com.helger.css.decl.visit.ICSSUrlVisitor;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderDeclarationList;
import com.helger.css.reader.CSSReaderSettings;
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
            var declarations = CSSReaderDeclarationList.readFromString(e.attr("style"), new CSSReaderSettings());
            if (declarations != null) {
                Collector collector = new Collector(page);
                CSSVisitor.visitAllDeclarationUrls(declarations, collector);
                collector.found.forEach(r -> out.putIfAbsent(r.url(), r));
            }
        }
        return List.copyOf(out.values());
    }

    public static List<AssetReference> inCss(URI stylesheet, String css) {
        CascadingStyleSheet sheet = CSSReader.readFromStringReader(css, new CSSReaderSettings());
        if (sheet == null) {
            return List.of();
        }
        Collector collector = new Collector(stylesheet);
        CSSVisitor.visitCSSUrl(sheet, collector);
        return List.copyOf(collector.found);
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

    private static final class Collector implements ICSSUrlVisitor {
        private final URI base;
        private final List<AssetReference> found = new ArrayList<>();

        Collector(URI base) {
            this.base = base;
        }

        @Override
        public void onImport(CSSImportRule rule) {
            URI url = resolve(base, rule.getLocationString());
            if (url != null) {
                found.add(new AssetReference(url, AssetReference.Kind.STYLESHEET));
            }
        }

        @Override
        public void onUrlDeclaration(ICSSTopLevelRule rule, CSSDeclaration declaration, CSSExpressionMemberTermURI uri) {
            URI url = resolve(base, uri.getURIString());
            if (url == null || found.stream().anyMatch(r -> r.url().equals(url))) {
                return;
            }
            String property = declaration.getProperty().toLowerCase(Locale.ROOT);
            AssetReference.Kind kind = property.startsWith("mask") || property.startsWith("-webkit-mask")
                    ? AssetReference.Kind.MASK : AssetReference.Kind.OTHER;
            found.add(new AssetReference(url, AssetReference.byExtension(url, kind)));
        }
    }
}
