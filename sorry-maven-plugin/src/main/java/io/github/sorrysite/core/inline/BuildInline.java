package io.github.sorrysite.core.inline;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.common.Hashes;
import io.github.sorrysite.core.css.AtRule;
import io.github.sorrysite.core.css.CssNode;
import io.github.sorrysite.core.css.CssParser;
import io.github.sorrysite.core.css.CssToken;
import io.github.sorrysite.core.css.MinifyCss;
import io.github.sorrysite.core.css.Stylesheet;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import io.github.sorrysite.core.svg.MinifySvg;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        // NFC before anything is written: a combining accent written as a character reference
        // (&#769;) would otherwise survive the body's own NFC step, and the browser would still
        // decode it decomposed.
        html = java.text.Normalizer.normalize(html, java.text.Normalizer.Form.NFC);
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
        // Our stylesheets, each read once: the inline SVG's numbers depend on them too.
        Map<Element, String> ours = new LinkedHashMap<>();
        for (Element element : document.select("link[rel~=(?i)^stylesheet$], style")) {
            String css = element.nameIs("style") ? element.data() : site.stylesheets().apply(element.attr("href"));
            if (css != null) {
                ours.put(element, css); // one not ours (a third-party stylesheet) stays linked as it is
            }
        }
        CleanForInline.optimiseInlineSvg(document, MinifySvg.selectsGeometry(String.join("", ours.values())));
        String where = "alb/" + page;
        // Each stylesheet is parsed on its own and then merged, so @import rules can move to the top.
        Stylesheet sheet = new Stylesheet();
        List<CssNode> first = new ArrayList<>();
        List<CssNode> rules = new ArrayList<>();
        for (Map.Entry<Element, String> entry : ours.entrySet()) {
            Element element = entry.getKey();
            if (element.parent() == null) {
                continue; // an editor's element the SVG clean-up took out
            }
            String css = entry.getValue();
            String shown = where + (element.nameIs("style") ? " <style>" : " (" + element.attr("href") + ")");
            Stylesheet one = CssParser.parseStylesheet(css, shown);
            List<CssToken> media = media(element.attr("media"), shown);
            AtRule wrapper = media == null ? null : new AtRule("media", media, AtRule.Kind.RULES, List.of());
            for (CssNode node : one.children()) {
                if (node instanceof AtRule at && (at.baseName().equals("import") || at.baseName().equals("namespace")
                        || at.baseName().equals("charset"))) {
                    if (at.baseName().equals("import") && media != null && at.preludeTokens().size() == 1) {
                        at.preludeTokens().add(new CssToken(CssToken.Type.WHITESPACE, " ", " ", "", 0, 0));
                        at.preludeTokens().addAll(media);
                    }
                    if (!at.baseName().equals("charset")) {
                        first.add(at);
                    }
                } else if (wrapper != null) {
                    wrapper.children().add(node);
                } else {
                    rules.add(node);
                }
            }
            if (wrapper != null) {
                rules.add(wrapper);
            }
            element.remove();
        }
        sheet.children().addAll(first);
        sheet.children().addAll(rules);
        ReduceCss.reduce(sheet, document);
        // Measured before class names are shortened, so the user recognises the rules.
        List<Candidate.Cost> ruleCosts = new ArrayList<>();
        for (CssNode rule : sheet.children()) {
            String text = MinifyCss.write(rule);
            if (!text.isEmpty()) {
                ruleCosts.add(new Candidate.Cost(abbreviate(text, 60), cost(text)));
            }
        }
        ShortenClasses.apply(sheet, document);
        ShortenKeyframes.apply(sheet, document);
        CompactCss.apply(sheet);
        CleanForInline.dropOverriddenColorScheme(document, sheet);
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

    /**
     * The full page from the CDN in an {@code <object>} over the whole viewport, with the title and
     * the page's text as its fallback content: a browser shows the fallback when the CDN cannot be
     * reached (an iframe would show its own error page over everything instead), so the visitor can
     * still read the notice. The page's {@code <meta http-equiv=refresh>} stays, so visitors are
     * still sent back to the application when it recovers. Paragraphs of the text are added while
     * the body fits the budget.
     */
    private Candidate frame(String page, String html) {
        if (site.cdnBaseUrl().isEmpty()) {
            return Candidate.unavailable(InlineStrategy.FRAME, "it needs sorry.cdnBaseUrl: the full page cannot be framed from"
                    + " the origin the ALB is answering for");
        }
        Document full = Jsoup.parse(html);
        String title = full.title();
        String lang = full.selectFirst("html") == null ? "" : full.selectFirst("html").attr("lang");
        Document document = Jsoup.parse("<!doctype html><html><head></head><body></body></html>");
        document.outputSettings().prettyPrint(false);
        if (!lang.isEmpty()) {
            document.selectFirst("html").attr("lang", lang);
        }
        Element head = document.head();
        for (Element refresh : full.select("meta[http-equiv]")) {
            if (refresh.attr("http-equiv").equalsIgnoreCase("refresh")) {
                head.appendElement("meta").attr("http-equiv", "refresh").attr("content", refresh.attr("content"));
            }
        }
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width,initial-scale=1");
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(
                "object{position:fixed;top:0;left:0;width:100%;height:100%;border:0}object>*{margin:1rem}"));
        Element object = document.body().appendElement("object").attr("data", site.cdnBaseUrl() + encodePath("/" + page))
                .attr("type", "text/html");
        object.appendElement("h1").text(title);
        Element main = full.selectFirst("main");
        for (Element paragraph : (main != null ? main : full.body()).select("p, li, dt")) {
            String text = paragraph.text().strip();
            Element dd = paragraph.nameIs("dt") ? paragraph.nextElementSibling() : null;
            if (dd != null && dd.nameIs("dd")) {
                text = text + ": " + dd.text().strip(); // a term and its definition read as one line
            }
            if (text.isEmpty() || text.equals(title)) {
                continue;
            }
            Element added = object.appendElement("p").text(text);
            CleanForInline.declareCharset(document);
            if (!BodySize.of(CompactHtml.write(document)).fits(config.budget(), config.budgetUnit())) {
                added.remove();
                break;
            }
        }
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

    /** The media query list of a link's or style's media attribute, or null when it applies to all media. */
    private static List<CssToken> media(String media, String where) {
        String m = media == null ? "" : media.strip();
        if (m.isEmpty() || m.equalsIgnoreCase("all")) {
            return null;
        }
        return CssParser.tokens(m, where + " media=\"" + m + "\"");
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
