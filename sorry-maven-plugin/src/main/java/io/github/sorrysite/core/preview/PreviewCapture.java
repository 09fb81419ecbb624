package io.github.sorrysite.core.preview;

import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.common.StagedOutput;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes the preview: every page, full and inline, at every viewport, then writes the PNGs and
 * {@code report.html} into {@code <output>/preview/} in one go (a failed run leaves the previous
 * preview as it was).
 */
public final class PreviewCapture {
    /** The directory name under the output directory. */
    public static final String DIRECTORY = "preview";

    /**
     * A page to capture.
     *
     * @param fullUrl where the full page is served (with assets reachable)
     * @param inlineUrl where the inline variant is served, when one was built
     * @param budget the inline budget of the variant that will be published
     */
    public record Target(String output, String title, String lang, int status, URI fullUrl, Optional<URI> inlineUrl,
                         Optional<InlineBudget> budget) {
    }

    private final Screenshotter browser;
    private final List<Viewport> viewports;
    private final Events listener;

    public PreviewCapture(Screenshotter browser, List<Viewport> viewports, Events listener) {
        this.browser = browser;
        this.viewports = List.copyOf(viewports);
        this.listener = listener;
    }

    /**
     * @param outputDirectory the build's output directory ({@code target/sorry}); the preview goes under it
     * @param lint the lint findings of the build being previewed (never of an older one)
     * @param lintSource where they are written, e.g. {@code lint.json}
     */
    public PreviewReport capture(List<Target> targets, Path outputDirectory, List<LintFinding> lint, String lintSource) {
        List<PreviewReport.PagePreview> pages = new ArrayList<>();
        try (StagedOutput output = new StagedOutput(outputDirectory)) {
            for (Target target : targets) {
                List<PreviewReport.Shot> shots = new ArrayList<>();
                String stem = target.output().replaceAll("\\.html?$", "");
                for (Viewport viewport : viewports) {
                    shots.add(shoot(output, target.fullUrl(), PreviewReport.Variant.FULL, viewport, stem));
                    if (target.inlineUrl().isPresent()) {
                        shots.add(shoot(output, target.inlineUrl().get(), PreviewReport.Variant.INLINE, viewport, stem));
                    }
                }
                pages.add(new PreviewReport.PagePreview(target.output(), target.title(), target.lang(), target.status(), shots,
                        target.budget()));
            }
            PreviewReport report = new PreviewReport(pages, lint, Optional.of(lintSource));
            output.write(DIRECTORY + "/report.html", PreviewReportHtml.render(report).getBytes(StandardCharsets.UTF_8));
            output.commit();
            return report;
        }
    }

    private PreviewReport.Shot shoot(StagedOutput output, URI url, PreviewReport.Variant variant, Viewport viewport, String stem) {
        String file = stem + "-" + variant.id() + "-" + viewport.name() + ".png";
        listener.debug("Screenshot " + url + " at " + viewport.width() + "x" + viewport.height() + " -> " + file);
        output.write(DIRECTORY + "/" + file, browser.screenshot(url, viewport));
        return new PreviewReport.Shot(variant, viewport, file);
    }
}
