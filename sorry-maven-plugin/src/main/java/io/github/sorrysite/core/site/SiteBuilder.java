package io.github.sorrysite.core.site;

import io.github.sorrysite.core.common.Hashes;
import io.github.sorrysite.core.common.Sizes;
import io.github.sorrysite.core.common.StagedOutput;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.common.Background;
import io.github.sorrysite.core.alb.AlbArtifacts;
import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.alb.FixedResponse;
import io.github.sorrysite.core.alb.SorryRules;
import io.github.sorrysite.core.inline.BuildInline;
import io.github.sorrysite.core.inline.InlineBody;
import io.github.sorrysite.core.inline.InlineConfig;
import io.github.sorrysite.core.html.MinifyHtml;
import io.github.sorrysite.core.html.RewriteAssetUrls;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Builds a sorry site, top to bottom:
 * <ol>
 *   <li>assets: copy {@code site-src/sorrycontent/**}, rewrite and minify stylesheets, fingerprint;</li>
 *   <li>pages: load front matter and Markdown, render the Mustache template, rewrite asset URLs to
 *       the CDN, minify;</li>
 *   <li>inline ALB variants: one fixed-response body per page ({@code alb/<page>.html}) within the
 *       budget, with its deployment artifacts, and for cdn-linked bodies a reduced stylesheet;</li>
 *   <li>write everything into {@code target/sorry/} at once, with {@code report.json}.</li>
 * </ol>
 * Any bad input stops the build before anything is written.
 */
public final class SiteBuilder {
    private final SiteConfig config;
    private final InlineConfig inlineConfig;
    private final AlbRuleConfig albRules;
    private final Events listener;

    public SiteBuilder(SiteConfig config, InlineConfig inlineConfig, AlbRuleConfig albRules, Events listener) {
        this.config = config;
        this.inlineConfig = inlineConfig;
        this.albRules = albRules;
        this.listener = listener;
    }

    /** The finished build: the report plus each page's final HTML, for steps that derive more from it. */
    public record Result(BuildReport report, Map<String, String> pageHtml) {
    }

    public Result build() {
        long started = System.nanoTime();
        Set<String> warnings = new LinkedHashSet<>();
        // Pages (Markdown, YAML) load on a second thread while the assets (CSS) build: the two only
        // read files, and in a fresh JVM each spends most of its time loading its library's classes.
        Background<List<Page>> loading = Background.start("sorry-load-pages", () -> new LoadPages(config).load());
        Map<String, Asset> assets;
        try {
            assets = BuildAssets.build(config, warnings::add);
        } catch (RuntimeException | Error e) {
            loading.cancel();
            throw e;
        }
        AssetUrls urls = new AssetUrls(config, assets::get, warnings::add);

        List<Page> pages = loading.join();
        warnings.addAll(UnusedSourceFiles.warnings(config));
        RenderTemplates templates = new RenderTemplates(config);
        Map<String, String> html = new java.util.LinkedHashMap<>();
        for (Page page : pages) {
            String where = config.shown(config.sourceDirectory().resolve(page.source()));
            Document document = Jsoup.parse(templates.render(page));
            warnings.addAll(templates.unusedKeys(page, where));
            document.outputSettings().prettyPrint(false);
            RewriteAssetUrls.apply(document, ref -> urls.rewrite(ref, null, where), where);
            html.put(page.output(), MinifyHtml.minify(document.outerHtml(), where));
        }

        List<InlineBody> inline = buildInline(pages, assets, html);

        List<BuildReport.PageEntry> pageEntries = new ArrayList<>();
        List<BuildReport.AssetEntry> assetEntries = new ArrayList<>();
        List<BuildReport.InlineEntry> inlineEntries = new ArrayList<>();
        List<BuildReport.ArtifactEntry> artifactEntries = new ArrayList<>();
        List<SorryRules.InlinePage> inlinePages = new ArrayList<>();
        for (InlineBody body : inline) {
            String lang = pages.stream().filter(p -> p.output().equals(body.page())).map(Page::lang).findFirst().orElse(null);
            inlinePages.add(new SorryRules.InlinePage(body.page(), lang, FixedResponse.html(body.status(), body.html()),
                    Hashes.sha256(body.html().getBytes(StandardCharsets.UTF_8))));
        }
        List<AlbArtifacts.Artifact> artifacts = AlbArtifacts.of(inlinePages, albRules, listener);
        claimOutputs(assets, inline, pages, artifacts);
        try (StagedOutput output = new StagedOutput(config.outputDirectory())) {
            for (Asset asset : assets.values()) {
                output.write("site/" + asset.output(), asset.content());
                assetEntries.add(new BuildReport.AssetEntry(asset.source(), asset.output(), asset.content().length,
                        asset.sha256(), asset.fingerprinted()));
            }
            for (InlineBody body : inline) {
                if (body.stylesheet() != null) {
                    InlineBody.InlineStylesheet css = body.stylesheet();
                    output.write("site/" + css.output(), css.content());
                    assetEntries.add(new BuildReport.AssetEntry(css.source(), css.output(), css.content().length,
                            Hashes.sha256(css.content()), config.fingerprint()));
                }
                byte[] bodyBytes = body.html().getBytes(StandardCharsets.UTF_8);
                output.write(body.albPath(), bodyBytes);
                inlineEntries.add(new BuildReport.InlineEntry(body.page(), body.albPath(), body.status(), body.strategy().id(),
                        body.size().chars(), body.size().bytes(), Hashes.sha256(bodyBytes)));
            }
            for (AlbArtifacts.Artifact artifact : artifacts) {
                output.write(artifact.path(), artifact.content());
                artifactEntries.add(new BuildReport.ArtifactEntry(artifact.page(), artifact.path(), artifact.kind(),
                        Hashes.sha256(artifact.content())));
            }
            for (Page page : pages) {
                byte[] bytes = html.get(page.output()).getBytes(StandardCharsets.UTF_8);
                output.write("site/" + page.output(), bytes);
                pageEntries.add(new BuildReport.PageEntry(page.source(), page.output(), bytes.length, Hashes.sha256(bytes), page.status(),
                        page.title(), page.lang(), page.template()));
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            BuildReport report = new BuildReport(BuildReport.FORMAT_VERSION, java.util.UUID.randomUUID().toString(),
                    config.contentPrefix(), config.cdnBaseUrl(), pageEntries, assetEntries, inlineEntries, artifactEntries,
                    new ArrayList<>(warnings), millis);
            output.write("report.json", ReportJson.write(report));
            output.commit();
            summarise(report);
            return new Result(report, html);
        }
    }

    /** Every output path with its source, before anything is written (see {@link OutputClaims}). */
    private void claimOutputs(Map<String, Asset> assets, List<InlineBody> inline, List<Page> pages, List<AlbArtifacts.Artifact> artifacts) {
        OutputClaims claims = new OutputClaims();
        Map<String, String> sourceOf = new java.util.HashMap<>();
        pages.forEach(p -> sourceOf.put(p.output(), p.source()));
        for (Asset asset : assets.values()) {
            claims.claim("site/" + asset.output(), asset.source());
        }
        for (Page page : pages) {
            claims.claim("site/" + page.output(), page.source());
        }
        for (InlineBody body : inline) {
            String source = sourceOf.getOrDefault(body.page(), body.page());
            if (body.stylesheet() != null) {
                // Pages whose reduced stylesheets come out the same share one file: the same bytes are no clash.
                claims.claim("site/" + body.stylesheet().output(), body.stylesheet().source(),
                        Hashes.sha256(body.stylesheet().content()));
            }
            claims.claim(body.albPath(), source);
        }
        for (AlbArtifacts.Artifact artifact : artifacts) {
            claims.claim(artifact.path(), artifact.page().isEmpty() ? "the site's ALB rules" : sourceOf.getOrDefault(artifact.page(), artifact.page()));
        }
    }

    private List<InlineBody> buildInline(List<Page> pages, Map<String, Asset> assets, Map<String, String> html) {
        Map<String, Asset> byUrl = new java.util.HashMap<>();
        assets.values().forEach(asset -> byUrl.put(asset.url(), asset));
        BuildInline.Site site = new BuildInline.Site(config.cdnBaseUrl(), config.contentPrefix(), config.fingerprint(), href -> {
            String url = href.strip().replaceAll("[?#].*$", "");
            Asset asset = byUrl.get(url);
            return asset == null || !asset.isCss() ? null : new String(asset.content(), StandardCharsets.UTF_8);
        });
        if (inlineConfig.strategy() == io.github.sorrysite.core.inline.InlineStrategy.NONE) {
            listener.info("Inline ALB variants: none (sorry.inline.strategy=none)");
            return List.of();
        }
        BuildInline builder = new BuildInline(site, inlineConfig, listener);
        listener.info("Inline ALB variants (strategy " + inlineConfig.strategy().id() + ", budget " + inlineConfig.budgetText() + "):");
        List<InlineBody> bodies = new ArrayList<>();
        for (Page page : pages) {
            bodies.add(builder.build(page.output(), page.status(), html.get(page.output())));
        }
        return bodies;
    }

    private void summarise(BuildReport report) {
        report.warnings().forEach(listener::warn);
        listener.info(String.format("Built %d page%s (%s) and %d asset%s (%s) into %s in %d ms",
                report.pages().size(), report.pages().size() == 1 ? "" : "s", Sizes.human(report.pageBytes()),
                report.assets().size(), report.assets().size() == 1 ? "" : "s", Sizes.human(report.assetBytes()),
                config.shown(config.siteDirectory()), report.durationMillis()));
        for (BuildReport.PageEntry page : report.pages()) {
            listener.info(String.format("  %-28s %8s  %d  %s", page.output(), Sizes.human(page.bytes()), page.status(), page.source()));
        }
        for (BuildReport.AssetEntry asset : report.assets()) {
            listener.debug(String.format("  %-28s %8s  %s", asset.output(), Sizes.human(asset.bytes()), asset.source()));
        }
        listener.info("  CDN base: " + (config.cdnBaseUrl().isEmpty()
                ? "none (asset URLs stay root-relative " + config.contentPrefix() + "...)" : config.cdnBaseUrl()));
    }

}
