package io.github.sorrysite.maven;

import io.github.sorrysite.chromium.Chromium;
import io.github.sorrysite.chromium.ChromiumLocator;
import io.github.sorrysite.core.site.SiteConfig;
import io.github.sorrysite.serve.LocalPreview;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site, then screenshots every page with headless Chromium, full and inline (ALB)
 * variants, at desktop (1280×800) and phone (390×844) sizes, into {@code target/sorry/preview/},
 * with a {@code report.html} that shows them side by side with the inline budget and the lint
 * findings. Chromium is never downloaded: it comes from {@code sorry.chromium} or {@code PATH}.
 */
@Mojo(name = "preview", threadSafe = true)
public class PreviewMojo extends InlineSiteMojo {
    /**
     * The Chromium (or Chrome) executable. When unset, {@code chromium}, {@code chromium-browser},
     * {@code google-chrome} and {@code google-chrome-stable} are looked for on {@code PATH}.
     */
    @Parameter(property = "sorry.chromium")
    private String chromium;

    /** Skip this goal only. */
    @Parameter(property = "sorry.preview.skip", defaultValue = "false")
    private boolean previewSkip;

    @Override
    protected boolean skipGoal() {
        return previewSkip;
    }

    @Override
    protected void execute(SiteConfig config) {
        // Find the browser before building anything, so a missing one fails in a second with one line.
        Path executable = ChromiumLocator.locate(chromium, System.getenv("PATH"));
        try (Chromium browser = Chromium.launch(executable)) {
            new LocalPreview(config, inlineConfig(), listener()).run(browser);
        }
    }
}
