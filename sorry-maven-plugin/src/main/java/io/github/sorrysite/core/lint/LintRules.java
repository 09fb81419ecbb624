package io.github.sorrysite.core.lint;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.alb.FixedResponse;
import io.github.sorrysite.core.css.CssParser;
import io.github.sorrysite.core.css.CssUrls;
import io.github.sorrysite.core.css.Stylesheet;
import io.github.sorrysite.core.common.URLEncoding;
import io.github.sorrysite.core.html.AssetUrlWalker;
import io.github.sorrysite.core.inline.BodySize;
import io.github.sorrysite.core.inline.InlineConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The lint rules, each a small check over one fixed response or one page. Every rule has an id
 * (see {@link Finding#rule()}); errors stop the deployment, warnings point at something risky.
 */
public final class LintRules {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** Selectors each page is searched with, parsed once (jsoup parses a selector string on every select). */
    private static final Evaluator SCRIPT_SRC = QueryParser.parse("script[src]");
    private static final Evaluator BASE_HREF = QueryParser.parse("base[href]");
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");

    private final InlineConfig inline;
    private final String contentPrefix;
    private final String cdnBaseUrl;
    private final boolean allUnderPrefix;

    public LintRules(InlineConfig inline, String contentPrefix, String cdnBaseUrl) {
        this(inline, contentPrefix, cdnBaseUrl, false);
    }

    /**
     * @param allUnderPrefix every embedded reference must be under the content prefix, another
     *     host's included: Akamai Site Failover ({@code sorry.infra=akamai}) routes only the content
     *     prefix to NetStorage, so anything else is fetched from where it lives while the site is down
     */
    public LintRules(InlineConfig inline, String contentPrefix, String cdnBaseUrl, boolean allUnderPrefix) {
        this.inline = inline;
        this.contentPrefix = contentPrefix;
        this.cdnBaseUrl = cdnBaseUrl == null ? "" : cdnBaseUrl;
        this.allUnderPrefix = allUnderPrefix;
    }

    /**
     * Checks one fixed response.
     *
     * @param built whether an asset URL was built (null when unknown, e.g. for existing files)
     */
    public List<Finding> fixedResponse(FixedResponse response, String file, int line, Predicate<String> built) {
        List<Finding> out = new ArrayList<>();
        BodySize size = BodySize.of(response.messageBody());
        if (!size.fits(inline.budget(), inline.budgetUnit())) {
            out.add(error("over-budget", file, line, "body is " + size + ", over the budget of " + inline.budgetText()
                    + " by " + (size.in(inline.budgetUnit()) - inline.budget())
                    + " (the ALB limit is " + InlineConfig.ALB_LIMIT + " characters)"));
        }
        if (!java.text.Normalizer.isNormalized(response.messageBody(), java.text.Normalizer.Form.NFC)) {
            out.add(error("not-nfc", file, line, "body is not in Unicode NFC: Terraform normalises it, so its bytes would differ"
                    + " from every other artifact's; rebuild with sorry:build (which normalises) or save the text as NFC"));
        }
        if (!response.contentTypeAllowed()) {
            out.add(error("content-type", file, line, "content type '" + response.contentType() + "' is not allowed; use one of "
                    + String.join(", ", new java.util.TreeSet<>(FixedResponse.CONTENT_TYPES))));
        }
        if (!response.statusAllowed()) {
            out.add(error("status", file, line, "status '" + response.statusCode() + "' is not allowed; ALB takes 2XX, 4XX or 5XX (use 503)"));
        } else if (response.statusCode().startsWith("2")) {
            out.add(warning("status-200", file, line, "status " + response.statusCode()
                    + " lets search engines index the sorry page; use 503, which tells them it is temporary"));
        }
        if (response.contentType().equals("text/html")) {
            out.addAll(charset(response.messageBody(), file, line));
            out.addAll(assetReferences(response.messageBody(), file, line, built));
        }
        return out;
    }

    /**
     * Terraform's aws provider counts {@code message_body} in UTF-8 bytes and rejects over 1024, so for a
     * {@code .tf} file that is an error; the API (and every other artifact) counts characters.
     */
    public List<Finding> terraformBytes(FixedResponse response, String file, int line, String page) {
        BodySize size = BodySize.of(response.messageBody());
        if (size.bytes() <= InlineConfig.ALB_LIMIT) {
            return List.of();
        }
        return List.of(error("bytes-over-1024", file, line, (page == null ? "body" : page + "'s body") + " is " + size.bytes()
                + " UTF-8 bytes: terraform rejects message_body over " + InlineConfig.ALB_LIMIT
                + " bytes (the API takes its " + size.chars() + " chars); build with sorry.inline.budgetUnit=bytes"));
    }

    /** ALB sends text/html without a charset: non-ASCII text needs {@code <meta charset=utf-8>}. */
    List<Finding> charset(String html, String file, int line) {
        if (html.chars().allMatch(c -> c < 128)) {
            return List.of();
        }
        Document document = Jsoup.parse(html);
        boolean declared = document.select("meta[charset]").stream().anyMatch(m -> m.attr("charset").equalsIgnoreCase("utf-8"))
                || document.select("meta[http-equiv]").stream().anyMatch(m -> m.attr("http-equiv").equalsIgnoreCase("content-type")
                && m.attr("content").toLowerCase(Locale.ROOT).replace(" ", "").contains("charset=utf-8"));
        if (declared) {
            return List.of();
        }
        return List.of(error("charset", file, line, "has non-ASCII text but no <meta charset=utf-8>: ALB sends text/html"
                + " without a charset, so browsers show mojibake; add <meta charset=utf-8> first in <head>"));
    }

    /** Checks every asset a page loads: relative, outside the content prefix, http://, or not built. */
    public List<Finding> assetReferences(String html, String file, int line, Predicate<String> built) {
        return checkReferences(references(Jsoup.parse(html)), file, line, built);
    }

    /**
     * Checks every {@code url(...)} of a built stylesheet like a page's references. The build has
     * made each relative reference absolute, so a relative one left here escaped the prefix.
     */
    public List<Finding> stylesheetReferences(String css, String file, Predicate<String> built) {
        return checkReferences(AssetUrlWalker.stylesheetUrls(css), file, 0, built);
    }

    private List<Finding> checkReferences(List<String> refs, String file, int line, Predicate<String> built) {
        List<Finding> out = new ArrayList<>();
        for (String ref : refs) {
            String r = ref.strip();
            if (r.isEmpty() || r.startsWith("#") || r.startsWith("data:") || r.startsWith("about:")) {
                continue;
            }
            if (r.regionMatches(true, 0, "http://", 0, 7)) {
                out.add(error("mixed-content", file, line, "loads " + r + " over http://: browsers block it on an https"
                        + " page; use https://"));
                continue;
            }
            if (r.startsWith("//") || SCHEME.matcher(r).find()) {
                boolean onCdn = !cdnBaseUrl.isEmpty() && (r.startsWith(cdnBaseUrl + "/") || r.equals(cdnBaseUrl));
                if (onCdn && !withoutQuery(r.substring(cdnBaseUrl.length())).startsWith(contentPrefix)) {
                    out.add(error("origin-path", file, line, "'" + r + "' is on the CDN but outside " + contentPrefix
                            + ", which is where the sorry site's assets are published; put the file under " + contentPrefix));
                } else if (onCdn && built != null) {
                    checkBuilt(r.substring(cdnBaseUrl.length()), r, file, line, built, out);
                } else if (!onCdn && allUnderPrefix) {
                    out.add(error("outside-prefix", file, line, "'" + r + "' is not under " + contentPrefix + ": the Akamai failover"
                            + " sends only " + contentPrefix + "* to NetStorage, so while the site is down this is fetched from "
                            + host(r) + "; put a copy under " + contentPrefix + " and reference it as " + contentPrefix + "..."));
                }
                continue;
            }
            if (!r.startsWith("/")) {
                out.add(error("relative-url", file, line, "'" + r + "' is relative, so it resolves against the requested URL"
                        + " (e.g. /app/login/" + r + "), not the site root; use " + contentPrefix + "..."));
                continue;
            }
            String path = withoutQuery(r);
            if (!path.startsWith(contentPrefix)) {
                out.add(error("origin-path", file, line, "'" + r + "' is outside " + contentPrefix
                        + ", so it would be fetched from the failed origin; put the file under " + contentPrefix));
                continue;
            }
            if (built != null) {
                checkBuilt(r, r, file, line, built, out);
            }
        }
        return out;
    }

    /** The URL without its query and fragment (the pattern compiled once: this runs for every reference of every page). */
    private static String withoutQuery(String url) {
        return QUERY_OR_FRAGMENT.matcher(url).replaceAll("");
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.startsWith("//") ? "https:" + url : url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private void checkBuilt(String rootPath, String shown, String file, int line, Predicate<String> built, List<Finding> out) {
        String path = withoutQuery(rootPath);
        String key = URLEncoding.decodePath(path.substring(1));
        if (!built.test(key)) {
            out.add(error("missing-asset", file, line, "references " + shown + ", which the build did not produce;"
                    + " rebuild with sorry:build or fix the reference"));
        }
    }

    /**
     * Warns when an inline body loads root-relative assets: the ALB answers those requests too, and
     * its catch-all sorry rule would send the HTML body back instead of the stylesheet or image.
     */
    public List<Finding> servedByTheAlb(String html, String file) {
        long rootRelative = references(Jsoup.parse(html)).stream().map(String::strip)
                .filter(r -> r.startsWith(contentPrefix)).count();
        if (rootRelative == 0) {
            return List.of();
        }
        return List.of(warning("root-relative-inline", file, 0, "loads " + rootRelative + " asset" + (rootRelative == 1 ? "" : "s")
                + " from " + contentPrefix + " on the host the ALB answers for; set sorry.cdnBaseUrl, or route "
                + contentPrefix + "* away from the sorry rule (e.g. an ALB redirect rule to the CDN)"));
    }

    private static final Set<String> MASK_PROPERTIES = Set.of("mask", "mask-image", "-webkit-mask", "-webkit-mask-image",
            "mask-border", "mask-border-source", "-webkit-mask-box-image", "-webkit-mask-box-image-source");

    /**
     * Warns, for one inline body, about every web font and mask image it loads from another origin.
     * An ALB body is served on the application's host and its assets come from the CDN host: browsers
     * fetch fonts and masks in CORS mode, so without {@code Access-Control-Allow-Origin} from the CDN
     * the icons turn into boxes and the fonts fall back, while images and stylesheets still load.
     *
     * @param stylesheets the CSS behind a stylesheet URL the body links, or null when unknown
     */
    public List<Finding> crossOriginFonts(String html, String file, Function<String, String> stylesheets) {
        Document document = Jsoup.parse(html);
        Element baseElement = document.selectFirst(BASE_HREF);
        String base = baseElement == null ? null : baseElement.attr("href").strip();
        Map<String, String> loads = new LinkedHashMap<>();
        for (Element style : document.select("style")) {
            fontsAndMasks(style.data(), base, loads);
        }
        for (Element e : document.select("[style]")) {
            fontsAndMasks("x{" + e.attr("style") + "}", base, loads);
        }
        for (Element link : document.select("link[rel~=(?i)^stylesheet$][href]")) {
            String href = resolve(base, link.attr("href").strip());
            String css = stylesheets == null ? null : stylesheets.apply(href);
            if (css != null) {
                fontsAndMasks(css, href, loads);
            }
        }
        List<Finding> out = new ArrayList<>();
        loads.forEach((url, what) -> {
            if (url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8) || url.startsWith("//")) {
                String origin = origin(url);
                out.add(warning("cross-origin-font", file, 0, "loads the " + what + " " + url + " from " + origin
                        + ", another origin than the application's host the ALB answers on: browsers load fonts and"
                        + " mask-image only with CORS, so it fails unless " + origin + " sends Access-Control-Allow-Origin;"
                        + " add a CORS response headers policy to the CDN for " + contentPrefix + "* (CloudFront: a response"
                        + " headers policy with Access-Control-Allow-Origin: * on that behaviour)"));
            }
        });
        return out;
    }

    private static void fontsAndMasks(String css, String base, Map<String, String> into) {
        Stylesheet sheet;
        try {
            sheet = CssParser.parseStylesheet(css, "<style>");
        } catch (BadInputException unparseable) {
            return; // the build refuses such CSS; hand-written bodies are checked by the other rules
        }
        CssUrls.forEachUrl(sheet, (url, property, fontFace) -> {
            boolean font = fontFace && "src".equals(property);
            boolean mask = property != null && MASK_PROPERTIES.contains(property);
            if ((font || mask) && !url.strip().startsWith("data:") && !url.strip().startsWith("#")) {
                into.putIfAbsent(resolve(base, url.strip()), font ? "font" : "mask image");
            }
        });
    }

    private static String resolve(String base, String url) {
        if (base == null || url.isEmpty() || SCHEME.matcher(url).find()) {
            return url;
        }
        try {
            return URI.create(base).resolve(new URI(url)).toString();
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return url;
        }
    }

    private static String origin(String url) {
        try {
            URI u = URI.create(url.startsWith("//") ? "https:" + url : url);
            return u.getScheme() + "://" + u.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /**
     * The rules sorry:publish runs on each page it uploads ({@link #thirdPartyScripts} and
     * {@link #assetReferences}), on one parse of the page.
     */
    public List<Finding> pageRules(String html, String file, Predicate<String> built) {
        Document document = Jsoup.parse(html);
        List<Finding> findings = new ArrayList<>(thirdPartyScripts(document, file));
        findings.addAll(checkReferences(references(document), file, 0, built));
        return findings;
    }

    /** Warns about scripts from other hosts in a full page: they can fail or track while the site is down. */
    public List<Finding> thirdPartyScripts(String html, String file) {
        return thirdPartyScripts(Jsoup.parse(html), file);
    }

    private List<Finding> thirdPartyScripts(Document document, String file) {
        List<Finding> out = new ArrayList<>();
        String cdnHost = cdnBaseUrl.isEmpty() ? null : URI.create(cdnBaseUrl).getHost();
        for (Element script : document.select(SCRIPT_SRC)) {
            String src = script.attr("src").strip();
            if (src.startsWith("//") || SCHEME.matcher(src).find()) {
                String host;
                try {
                    host = URI.create(src.startsWith("//") ? "https:" + src : src).getHost();
                } catch (IllegalArgumentException e) {
                    host = src;
                }
                if (host != null && !host.equalsIgnoreCase(cdnHost)) {
                    out.add(warning("third-party-script", file, 0, "loads a third-party script from " + host
                            + ": it may be down too, and it runs on the sorry page; host it under " + contentPrefix + " or drop it"));
                }
            }
        }
        return out;
    }

    /** Every URL a page loads (from the one table of URL places), resolved against its base. */
    public static List<String> references(String html) {
        return references(Jsoup.parse(html));
    }

    /** Every URL a stylesheet references ({@code url()}, {@code @import}). */
    public static List<String> cssReferences(String css) {
        return AssetUrlWalker.stylesheetUrls(css).stream().map(String::strip).toList();
    }

    /** Every URL the page loads, resolved against its {@code <base href>} when it has one. */
    static List<String> references(Document document) {
        Element base = document.selectFirst(BASE_HREF);
        List<String> refs = rawReferences(document);
        if (base == null || !SCHEME.matcher(base.attr("href").strip()).find()) {
            return refs;
        }
        URI against = URI.create(base.attr("href").strip());
        return refs.stream().map(r -> {
            String ref = r.strip();
            if (ref.isEmpty() || SCHEME.matcher(ref).find()) {
                return r;
            }
            try {
                return against.resolve(new URI(ref)).toString();
            } catch (java.net.URISyntaxException e) {
                return r;
            }
        }).toList();
    }

    /** The URLs the page loads (not the links it only offers), from the one table of URL places. */
    private static List<String> rawReferences(Document document) {
        return AssetUrlWalker.references(document).stream().filter(AssetUrlWalker.Reference::loads)
                .map(AssetUrlWalker.Reference::url).toList();
    }

    static Finding error(String rule, String file, int line, String message) {
        return new Finding(Finding.Severity.ERROR, rule, file, line, message);
    }

    static Finding warning(String rule, String file, int line, String message) {
        return new Finding(Finding.Severity.WARNING, rule, file, line, message);
    }
}
