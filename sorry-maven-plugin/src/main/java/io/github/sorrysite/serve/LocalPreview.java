package io.github.sorrysite.serve;

import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.site.BuildReport;
import io.github.sorrysite.core.site.SiteBuilder;
import io.github.sorrysite.core.inline.InlineConfig;
import io.github.sorrysite.core.site.SiteConfig;
import io.github.sorrysite.core.preview.InlineBudget;
import io.github.sorrysite.core.lint.LintJson;
import io.github.sorrysite.core.lint.LintSite;
import io.github.sorrysite.core.preview.LintFinding;
import io.github.sorrysite.core.preview.PreviewCapture;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.preview.PreviewReport;
import io.github.sorrysite.core.preview.Screenshotter;
import io.github.sorrysite.core.preview.Viewport;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.github.sorrysite.core.common.FileTrees;

/**
 * {@code sorry:preview} without Maven:
 * <ol>
 *   <li>build the site as {@code sorry:build} does, so the budget numbers are those of the body that
 *       will be published (its asset URLs point at the real CDN);</li>
 *   <li>build it again into a temporary directory with asset URLs pointing at a local server, and
 *       serve that, so the browser can load everything without the CDN;</li>
 *   <li>screenshot every page, full and inline, and write {@code preview/report.html}.</li>
 * </ol>
 */
public final class LocalPreview {
    private final SiteConfig config;
    private final InlineConfig inline;
    private final Events listener;

    public LocalPreview(SiteConfig config, InlineConfig inline, Events listener) {
        this.config = config;
        this.inline = inline;
        this.listener = listener;
    }

    public PreviewReport run(Screenshotter browser) {
        new SiteBuilder(config, inline, AlbRuleConfig.defaults(), listener).build();
        Path served = temporaryDirectory();
        LiveSite site = new LiveSite(config, inline, served, listener);
        try (SorryHttpServer server = SorryHttpServer.start(site, "127.0.0.1", 0, false)) {
            SiteState state = site.rebuild(server.baseUri().toString());
            if (!(state instanceof SiteState.Ready ready)) {
                // The first build succeeded with the same sources, so this is not the user's input.
                throw new InfrastructureException("The preview build failed: " + ((SiteState.Broken) state).message(), null);
            }
            List<PreviewCapture.Target> targets = new ArrayList<>();
            for (BuildReport.PageEntry page : ready.report().pages()) {
                URI full = URI.create(server.baseUri() + "/" + page.output());
                Optional<URI> inline = Files.isRegularFile(served.resolve("alb").resolve(page.output()))
                        ? Optional.of(URI.create(server.baseUri() + SorryHttpServer.ALB_PREFIX + "/" + page.output()))
                        : Optional.empty();
                Path published = config.outputDirectory().resolve("alb").resolve(page.output());
                Optional<InlineBudget> budget = Files.isRegularFile(published)
                        ? Optional.of(InlineBudget.of(read(published))) : Optional.empty();
                targets.add(new PreviewCapture.Target(page.output(), page.title(), page.lang(), page.status(), full, inline, budget));
            }
            // The findings of this very build: a lint.json left by an older build says nothing about it.
            List<LintFinding> lint = new LintSite(BuildOutput.of(config), inline, Events.SILENT).findings().stream()
                    .map(LintFinding::of).toList();
            PreviewReport report = new PreviewCapture(browser, Viewport.ALL, listener)
                    .capture(targets, config.outputDirectory(), lint, LintJson.FILE);
            summarise(report);
            return report;
        } finally {
            FileTrees.deleteQuietly(served);
        }
    }

    private void summarise(PreviewReport report) {
        long shots = report.pages().stream().mapToLong(p -> p.shots().size()).sum();
        listener.info("Preview: " + shots + " screenshot(s) of " + report.pages().size() + " page(s) in "
                + config.shown(config.outputDirectory().resolve(PreviewCapture.DIRECTORY).resolve("report.html")));
        for (PreviewReport.PagePreview page : report.pages()) {
            listener.info(String.format("  %-28s %s", page.output(), page.budget()
                    .map(b -> "inline " + b.characters() + "/" + b.limit() + " characters, " + b.bytes() + " bytes"
                            + (b.fits() ? "" : " (OVER the ALB limit)"))
                    .orElse("no inline variant")));
        }
    }

    private Path temporaryDirectory() {
        try {
            Files.createDirectories(config.outputDirectory());
            return Files.createTempDirectory(config.outputDirectory(), ".preview-build-");
        } catch (IOException e) {
            throw new InfrastructureException("Cannot create a directory in " + config.outputDirectory() + ": " + e.getMessage(), e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

}
