package io.github.sorrysite.core.lint;

import io.github.sorrysite.core.alb.FixedResponse;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.css.CssParser;
import io.github.sorrysite.core.css.CssUrls;
import io.github.sorrysite.core.html.Srcset;
import io.github.sorrysite.core.inline.BodySize;
import io.github.sorrysite.core.inline.BudgetUnit;
import io.github.sorrysite.core.inline.InlineConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The lint rules, each a small check over one fixed response or one page. Every rule has an id
 * (see {@link Finding#rule()}); errors stop the deployment, warnings point at something risky.
 */
public final class LintRules {
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final InlineConfig inline;
    private final String contentPrefix;
    private final String cdnBaseUrl;

    public LintRules(InlineConfig inline, String contentPrefix, String cdnBaseUrl) {
        this.inline = inline;
        this.contentPrefix = contentPrefix;
        this.cdnBaseUrl = cdnBaseUrl == null ? "" : cdnBaseUrl;
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
        } else if (inline.budgetUnit() == BudgetUnit.CHARS && size.bytes() > InlineConfig.ALB_LIMIT) {
            out.add(warning("bytes-over-1024", file, line, "body is " + size.bytes() + " UTF-8 bytes: the API takes it ("
                    + size.chars() + " chars), but Terraform's aws provider rejects over " + InlineConfig.ALB_LIMIT + " bytes"));
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
        List<Finding> out = new ArrayList<>();
        for (String ref : references(Jsoup.parse(html))) {
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
                if (built != null && !cdnBaseUrl.isEmpty() && r.startsWith(cdnBaseUrl + contentPrefix)) {
                    checkBuilt(r.substring(cdnBaseUrl.length()), r, file, line, built, out);
                }
                continue;
            }
            if (!r.startsWith("/")) {
                out.add(error("relative-url", file, line, "'" + r + "' is relative, so it resolves against the requested URL"
                        + " (e.g. /app/login/" + r + "), not the site root; use " + contentPrefix + "..."));
                continue;
            }
            String path = r.replaceAll("[?#].*$", "");
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

    private void checkBuilt(String rootPath, String shown, String file, int line, Predicate<String> built, List<Finding> out) {
        String path = rootPath.replaceAll("[?#].*$", "");
        String key = java.net.URLDecoder.decode(path.substring(1).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
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

    /** Warns about scripts from other hosts in a full page: they can fail or track while the site is down. */
    public List<Finding> thirdPartyScripts(String html, String file) {
        List<Finding> out = new ArrayList<>();
        String cdnHost = cdnBaseUrl.isEmpty() ? null : URI.create(cdnBaseUrl).getHost();
        for (Element script : Jsoup.parse(html).select("script[src]")) {
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

    /** Every URL the page loads, resolved against its {@code <base href>} when it has one. */
    /** Every URL a page loads or links (src, href, srcset, inline style url()), resolved against its base. */
    public static List<String> references(String html) {
        return references(Jsoup.parse(html));
    }

    /** Every url(...) of a stylesheet. */
    public static List<String> cssReferences(String css) {
        List<String> refs = new ArrayList<>();
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            refs.add(m.group(1).strip());
        }
        return refs;
    }

    static List<String> references(Document document) {
        Element base = document.selectFirst("base[href]");
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

    private static List<String> rawReferences(Document document) {
        List<String> refs = new ArrayList<>();
        for (Element e : document.getAllElements()) {
            if (e.hasAttr("src")) {
                refs.add(e.attr("src"));
            }
            if (e.nameIs("link") && e.hasAttr("href") && !e.attr("rel").toLowerCase(Locale.ROOT).matches(".*(canonical|alternate|preconnect|dns-prefetch).*")) {
                refs.add(e.attr("href"));
            }
            if (e.hasAttr("poster")) {
                refs.add(e.attr("poster"));
            }
            if (e.nameIs("object") && e.hasAttr("data")) {
                refs.add(e.attr("data"));
            }
            for (String name : Set.of("srcset", "imagesrcset")) {
                if (e.hasAttr(name)) {
                    Srcset.parse(e.attr(name)).forEach(candidate -> refs.add(candidate.url()));
                }
            }
            if (e.hasAttr("style")) {
                cssUrls(e.attr("style"), true, refs);
            }
            if (e.nameIs("style")) {
                cssUrls(e.data(), false, refs);
            }
        }
        return refs;
    }

    /**
     * The URLs a stylesheet loads, read with the CSS parser. Bodies written by hand in existing
     * deployment files ({@code sorry.lint.files}) may hold CSS that ph-css refuses; lint must
     * still check them, so only then are {@code url(...)} tokens found by a lenient scan.
     */
    private static void cssUrls(String css, boolean declarations, List<String> into) {
        java.util.function.UnaryOperator<String> collect = url -> {
            into.add(url);
            return url;
        };
        try {
            if (declarations) {
                CssUrls.rewrite(CssParser.parseDeclarations(css, "style attribute", 0), collect);
            } else {
                CssUrls.rewrite(CssParser.parseStylesheet(css, "<style>"), collect);
            }
        } catch (BadInputException unparseable) {
            Matcher m = CSS_URL.matcher(css);
            while (m.find()) {
                into.add(m.group(1));
            }
        }
    }

    static Finding error(String rule, String file, int line, String message) {
        return new Finding(Finding.Severity.ERROR, rule, file, line, message);
    }

    static Finding warning(String rule, String file, int line, String message) {
        return new Finding(Finding.Severity.WARNING, rule, file, line, message);
    }
}
