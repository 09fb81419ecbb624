package io.github.sorrysite.core.inline;

import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSTopLevelRule;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.common.Hashes;
import io.github.sorrysite.core.css.CssParser;
import io.github.sorrysite.core.css.MinifyCss;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes the inline ALB variant of a built page with the configured strategy; {@code auto} takes the
 * first of self-contained, cdn-linked and frame that fits the budget. An explicit strategy that
 * does not fit, or no strategy fitting at all, fails with a breakdown of where the size went.
 */
public final class BuildInline {
    private final Site site;
    private final InlineConfig config;
    private final Events listener;

    /**
     * What the inline stage needs to know about the built site.
     *
     * @param cdnBaseUrl absolute base URL without trailing slash, or ""
     * @param contentPrefix e.g. {@code /sorrycontent/}
     * @param stylesheets the built CSS behind a stylesheet URL used in a page, or null when it is not ours
     */
    public record Site(String cdnBaseUrl, String contentPrefix, boolean fingerprint, Function<String, String> stylesheets) {
    }

    public BuildInline(Site site, InlineConfig config, Events listener) {
        this.site = site;
        this.config = config;
        this.listener = listener;
    }

    /** The inline variant of {@code page} (its output path), built from its final HTML. */
    public InlineBody build(String page, int status, String html) {
        List<InlineStrategy> order = config.strategy() == InlineStrategy.AUTO ? InlineStrategy.tried() : List.of(config.strategy());
        List<Candidate> tried = new ArrayList<>();
        for (InlineStrategy strategy : order) {
            Candidate candidate = candidate(strategy, page, html);
            tried.add(candidate);
            if (candidate.available() && candidate.size().fits(config.budget(), config.budgetUnit())) {
                String reason = reason(candidate, tried);
                InlineBody body = new InlineBody(page, status, strategy, candidate.html(), candidate.stylesheet(), reason);
                listener.info("  alb/" + page + ": " + strategy.id() + ", " + body.size() + " (" + reason + ")");
                if (config.budgetUnit() == BudgetUnit.CHARS && body.size().bytes() > InlineConfig.ALB_LIMIT) {
                    listener.warn("alb/" + page + ": " + body.size().bytes() + " UTF-8 bytes is over " + InlineConfig.ALB_LIMIT
                            + ": the ELBv2 API accepts it, but Terraform's aws provider rejects it"
                            + " (set sorry.inline.budgetUnit=bytes to make the build fit both)");
                }
                return body;
            }
        }
        // The advice goes last, after the breakdown, where the reader's eye ends up.
        throw new BadInputException("alb/" + page, Breakdown.describe(tried, config)
                + "\n  try: " + Breakdown.advice(tried, config), null);
    }

    Candidate candidate(InlineStrategy strategy, String page, String html) {
        return switch (strategy) {
            case SELF_CONTAINED -> styled(strategy, page, html);
            case CDN_LINKED -> styled(strategy, page, html);
            case FRAME -> frame(page, html);
            case AUTO, NONE -> throw new IllegalArgumentException(strategy.id() + " is not a strategy of its own");
        };
    }

    /**
     * The page with its stylesheets taken out and their CSS reduced to what it uses, class names
     * shortened: what both styled shapes start from. Kept for the page last asked about, so
     * {@code auto} trying self-contained and then cdn-linked parses and reduces once.
     */
    private record Reduced(String page, String html, Document document, String css, List<Candidate.Cost> ruleCosts) {
    }

    private Reduced lastReduced;

    private Reduced reduced(String page, String html) {
        Reduced last = lastReduced;
        if (last != null && last.page().equals(page) && last.html().equals(html)) {
            return last;
        }
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        CleanForInline.removeUnneeded(document);
        String where = "alb/" + page;
        // Each stylesheet is parsed on its own and then merged, so @import rules can move to the top.
        CascadingStyleSheet sheet = new CascadingStyleSheet();
        List<ICSSTopLevelRule> rules = new ArrayList<>();
        for (Element element : document.select("link[rel~=(?i)^stylesheet$], style")) {
            String css = element.nameIs("style") ? element.data() : site.stylesheets().apply(element.attr("href"));
            if (css == null) {
                continue; // not ours (a third-party stylesheet): it stays linked as it is
            }
            String shown = where + (element.nameIs("style") ? " <style>" : " (" + element.attr("href") + ")");
            CascadingStyleSheet one = CssParser.parseStylesheet(css, shown);
            com.helger.css.decl.CSSMediaRule media = media(element.attr("media"), shown);
            for (com.helger.css.decl.CSSImportRule rule : one.getAllImportRules()) {
                if (media != null && !rule.hasMediaQueries()) {
                    media.getAllMediaQueries().forEach(rule::addMediaQuery);
                }
                sheet.addImportRule(rule);
            }
            one.getAllNamespaceRules().forEach(sheet::addNamespaceRule);
            if (media == null) {
                rules.addAll(one.getAllRules());
            } else {
                one.getAllRules().forEach(media::addRule);
                rules.add(media);
            }
            element.remove();
        }
        rules.forEach(sheet::addRule);
        ReduceCss.reduce(sheet, document);
        // Measured before class names are shortened, so the user recognises the rules.
        List<Candidate.Cost> ruleCosts = new ArrayList<>();
        for (ICSSTopLevelRule rule : sheet.getAllRules()) {
            CascadingStyleSheet one = new CascadingStyleSheet();
            one.addRule(rule);
            String text = MinifyCss.write(one);
            ruleCosts.add(new Candidate.Cost(abbreviate(text, 60), cost(text)));
        }
        ShortenClasses.apply(sheet, document);
        String css = MinifyCss.write(sheet);
        CleanForInline.pruneAttributes(document, css);
        lastReduced = new Reduced(page, html, document, css, List.copyOf(ruleCosts));
        return lastReduced;
    }

    private Candidate styled(InlineStrategy strategy, String page, String html) {
        Reduced start = reduced(page, html);
        Document document = start.document().clone();
        String reduced = start.css();
        List<Candidate.Cost> ruleCosts = strategy == InlineStrategy.SELF_CONTAINED ? start.ruleCosts() : List.of();
        InlineBody.InlineStylesheet stylesheet = null;
        Element head = document.head();
        if (!reduced.isEmpty()) {
            if (strategy == InlineStrategy.SELF_CONTAINED) {
                head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(reduced));
            } else {
                stylesheet = stylesheet(page, reduced);
                head.appendElement("link").attr("rel", "stylesheet").attr("href", stylesheet.url());
            }
        }
        CollapseWhitespace.apply(document, CleanForInline.preformatted(document, reduced));
        CleanForInline.declareCharset(document);
        BaseForCdnUrls.apply(document, site.cdnBaseUrl() + site.contentPrefix());
        String body = CompactHtml.write(document);
        return new Candidate(strategy, body, stylesheet, null, elementCosts(document), top(ruleCosts));
    }

    private Candidate frame(String page, String html) {
        if (site.cdnBaseUrl().isEmpty()) {
            return Candidate.unavailable(InlineStrategy.FRAME, "it needs sorry.cdnBaseUrl: the full page cannot be framed from"
                    + " the origin the ALB is answering for");
        }
        Document full = Jsoup.parse(html);
        String title = full.title();
        String lang = full.selectFirst("html") == null ? "" : full.selectFirst("html").attr("lang");
        Document document = Jsoup.parse("<!doctype html><html><head></head><body></body></html>");
        if (!lang.isEmpty()) {
            document.selectFirst("html").attr("lang", lang);
        }
        Element head = document.head();
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width,initial-scale=1");
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(
                "iframe{position:fixed;top:0;left:0;width:100%;height:100%;border:0}"));
        // The title stays as text under the frame, so something readable remains when the CDN is unreachable.
        document.body().appendElement("h1").text(title);
        document.body().appendElement("iframe").attr("src", site.cdnBaseUrl() + encodePath("/" + page)).attr("title", title);
        CleanForInline.declareCharset(document);
        return new Candidate(InlineStrategy.FRAME, CompactHtml.write(document), null, null, elementCosts(document), List.of());
    }

    private InlineBody.InlineStylesheet stylesheet(String page, String css) {
        String flat = page.replaceAll("\\.html?$", "").replace('/', '-');
        String source = site.contentPrefix().substring(1) + "alb-" + flat + ".css";
        byte[] content = css.getBytes(StandardCharsets.UTF_8);
        // Every character of the URL counts against the 1024 of the body: once fingerprinted, the
        // content hash alone tells the stylesheets apart, so the name needs no page in it.
        String output = site.fingerprint()
                ? Hashes.fingerprintedName(site.contentPrefix().substring(1) + "alb.css", Hashes.sha256(content)) : source;
        return new InlineBody.InlineStylesheet(source, output, site.cdnBaseUrl() + encodePath("/" + output), content);
    }

    /** An empty {@code @media} rule for a link's or style's media attribute, or null when it applies to all media. */
    private static com.helger.css.decl.CSSMediaRule media(String media, String where) {
        String m = media == null ? "" : media.strip();
        if (m.isEmpty() || m.equalsIgnoreCase("all")) {
            return null;
        }
        return CssParser.parseStylesheet("@media " + m + "{}", where + " media=\"" + m + "\"").getMediaRuleAtIndex(0);
    }

    private List<Candidate.Cost> elementCosts(Document document) {
        List<Candidate.Cost> costs = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            if (element.nameIs("html") || element.nameIs("head") || element.nameIs("body") || element instanceof Document) {
                continue;
            }
            String text = CompactHtml.write(element);
            String shown = "<" + element.normalName() + ">";
            String own = element.ownText().strip();
            if (!own.isEmpty()) {
                shown += " \"" + abbreviate(own, 24) + "\"";
            }
            costs.add(new Candidate.Cost(shown, cost(text)));
        }
        return top(costs);
    }

    private static List<Candidate.Cost> top(List<Candidate.Cost> costs) {
        return costs.stream().sorted(Comparator.comparingInt(Candidate.Cost::size).reversed()).limit(5).toList();
    }

    private int cost(String text) {
        return BodySize.of(text).in(config.budgetUnit());
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String reason(Candidate chosen, List<Candidate> tried) {
        if (tried.size() == 1) {
            return "fits";
        }
        List<String> skipped = new ArrayList<>();
        for (Candidate c : tried) {
            if (c != chosen) {
                skipped.add(c.available() ? c.strategy().id() + " needs " + c.size().chars() + " chars / " + c.size().bytes() + " bytes"
                        : c.strategy().id() + " is not possible: " + c.unavailable());
            }
        }
        return "first that fits; " + String.join(", ", skipped);
    }

    static String encodePath(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
